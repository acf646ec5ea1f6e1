package com.wuxiao.infra.it;

import com.wuxiao.command.competition.CompetitionCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read which proposal, through the read API on PostgreSQL: the union office and reviewers
 * everything, a coordinator their unit's, everyone else their own (as author or mentor).
 */
class ProposalReadAccessTest extends IntegrationTestSupport {

    private String proposalId;
    private YearMonth declared;

    /** A fresh proposal of w1001 (with w1002) in ZC1, projected before each test looks for it. */
    @BeforeEach
    void submitAndAwaitProjection() {
        declared = YearMonth.now(CompetitionCalendar.ZONE);
        proposalId = submit("w1001", proposalBody("采煤机电缆拖移防护架"));
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
    }

    @Test
    void authorsTheUnitsCoordinatorTheUnionOfficeAndReviewersReadTheProposal() {
        for (String reader : List.of("w1001", "w1002", "c1001", "leader", "r0001")) {
            ResponseEntity<Map> detail = detail(reader);
            assertThat(detail.getStatusCode().value()).as("detail as %s", reader).isEqualTo(200);
            assertThat(detail.getBody().get("id")).isEqualTo(proposalId);
            assertThat(ids(list(reader, ""))).as("list as %s", reader).contains(proposalId);
        }
    }

    @Test
    void aWorkerAndTheCoordinatorOfAnotherUnitDoNotSeeIt() {
        for (String outsider : List.of("w2001", "c2001")) {
            ResponseEntity<String> detail = as(outsider).getForEntity("/api/proposals/{id}", String.class, proposalId);
            assertThat(detail.getStatusCode().value()).as("detail as %s", outsider).isEqualTo(404);
            assertThat(detail.getBody()).contains("proposal-not-found");
            assertThat(ids(list(outsider, ""))).as("list as %s", outsider).doesNotContain(proposalId);
            assertThat(ids(list(outsider, "&authorId=w1001"))).as("by author as %s", outsider).isEmpty();
        }
        // A missing proposal answers exactly the same, so existence cannot be probed.
        ResponseEntity<String> missing = as("c2001").getForEntity("/api/proposals/{id}", String.class, "no-such-id");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getBody()).contains("proposal-not-found");
    }

    @Test
    void theCoordinatorOfAnotherUnitListsNoProposalOfZc1() {
        Map<String, Object> all = list("c2001", "");
        assertThat(items(all)).extracting(p -> p.get("unitId")).doesNotContain("ZC1");
        Map<String, Object> zc1 = list("c2001", "&unitId=ZC1");
        assertThat(items(zc1)).isEmpty();
        assertThat(((Number) zc1.get("total")).longValue()).isZero();
    }

    @Test
    void theFiltersNarrowTheListInPostgresql() {
        Map<String, Object> matching = new LinkedHashMap<>();
        matching.put("unitId", "ZC1");
        matching.put("status", "SUBMITTED");
        matching.put("type", "INNOVATION");
        matching.put("categoryCode", "JDYS");
        matching.put("authorId", "w1001");
        matching.put("year", declared.getYear());
        matching.put("month", declared.getMonthValue());
        assertThat(ids(list("leader", query(matching)))).contains(proposalId);
        assertThat(ids(list("c1001", query(matching)))).contains(proposalId);

        Map<String, Object> otherValues = Map.of("unitId", "JJ2", "status", "ACCEPTED", "type", "DESIGN",
                "categoryCode", "CMJS", "authorId", "w2001", "year", declared.getYear() - 1,
                "month", declared.getMonthValue() % 12 + 1);
        otherValues.forEach((name, value) -> {
            Map<String, Object> filters = new LinkedHashMap<>(matching);
            filters.put(name, value);
            assertThat(ids(list("leader", query(filters)))).as("%s=%s", name, value).doesNotContain(proposalId);
        });
    }

    @Test
    void mineListsTheProposalsOfTheLoggedInAuthor() {
        assertThat(ids(page("w1002", "/api/proposals/mine?size=100"))).contains(proposalId);
        assertThat(ids(page("w2001", "/api/proposals/mine?size=100"))).doesNotContain(proposalId);
    }

    private static String query(Map<String, Object> filters) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> query.append('&').append(name).append('=').append(value));
        return query.toString();
    }

    private ResponseEntity<Map> detail(String userId) {
        return as(userId).getForEntity("/api/proposals/{id}", Map.class, proposalId);
    }

    /** The first (newest) 100 proposals the user may read under the given extra query parameters. */
    private Map<String, Object> list(String userId, String filters) {
        return page(userId, "/api/proposals?size=100" + filters);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> page(String userId, String url) {
        ResponseEntity<Map> response = as(userId).getForEntity(url, Map.class);
        assertThat(response.getStatusCode().value()).as("%s as %s: %s", url, userId, response.getBody())
                .isEqualTo(200);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(p -> p.get("id")).toList();
    }
}
