package com.wuxiao.query.proposal;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindProposalDuplicatesQuery;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.ProposalScope;
import com.wuxiao.query.testing.EventFeed;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicate candidates stored at each declaration and revision by their own projection, on real
 * PostgreSQL: the proposal's page reads what the scan on every read used to find.
 */
class ProposalDuplicatesProjectionTest {

    private static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");
    private static final String PROBLEM = "井下皮带机托辊损坏后需停机人工更换，两人作业耗时约四十分钟，影响生产且存在挤伤风险。";
    private static final String SOLUTION = "设计一种杠杆式托辊快速更换装置，利用支架顶起皮带，单人五分钟即可完成更换，无需停机拆卸。";
    private static final ProposalContent ROLLERS = content("皮带机托辊快速更换装置", PROBLEM, SOLUTION);
    private static final ProposalContent ROLLERS_AGAIN = content("井下皮带机托辊快速更换装置的研制", PROBLEM, SOLUTION);
    private static final ProposalContent DUST = content("掘进工作面除尘喷雾改进",
            "掘进机截割时粉尘浓度高，现有喷雾覆盖不足，作业人员视线差。",
            "在截割头两侧加装高压雾化喷嘴并与截割电机联动，割煤即喷雾，停机即停喷。");

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final ProposalDuplicates duplicates = new ProposalDuplicates(jdbc);
    private final DuplicateCandidatesProjection projection = new DuplicateCandidatesProjection(duplicates);
    /** The proposal read model beside it, for what the scan on every read found. */
    private final ProposalProjection proposals = new ProposalProjection(jdbc);
    private final ProposalReadModel readModel = new ProposalReadModel(jdbc);
    private final ProposalQueries queries = new ProposalQueries(readModel, duplicates, Clock.systemUTC());
    private final EventFeed feed = new EventFeed(projection, "Proposal");
    private final EventFeed proposalFeed = new EventFeed(proposals, "Proposal");

    @BeforeEach
    void emptyReadModel() {
        projection.reset();
        proposals.reset();
    }

    @Test
    void theDeclarationStoresWhatTheScanOfEveryReadFound() {
        declare("p-1", ROLLERS, 0);
        declare("p-2", DUST, 1);
        declare("p-3", content("托辊更换工具", PROBLEM, SOLUTION), 2);

        declare("p-4", ROLLERS_AGAIN, 3);

        assertThat(candidatesOf("p-4")).as("both copy the text: equally similar, so by id")
                .containsExactly(new DuplicateCandidate("p-1", "皮带机托辊快速更换装置", 100),
                        new DuplicateCandidate("p-3", "托辊更换工具", 100));
        for (String id : List.of("p-1", "p-2", "p-3", "p-4")) {
            assertThat(candidatesOf(id)).as("candidates of %s", id).isEqualTo(scanned(id));
        }
        assertThat(candidatesOf("p-1")).as("only earlier proposals are candidates").isEmpty();
    }

    @Test
    void aRevisionOfTheEarlierProposalChangesTheLaterOnesCandidates() {
        declare("p-1", ROLLERS, 0);
        declare("p-2", ROLLERS_AGAIN, 1);
        assertThat(candidatesOf("p-2")).extracting(DuplicateCandidate::proposalId).containsExactly("p-1");

        revise("p-1", 2, DUST);
        assertThat(candidatesOf("p-2")).as("p-1 reads otherwise now").isEmpty();

        revise("p-1", 3, content("皮带机托辊快速更换装置（修订）", PROBLEM, SOLUTION));
        assertThat(candidatesOf("p-2")).singleElement()
                .satisfies(candidate -> assertThat(candidate.title()).isEqualTo("皮带机托辊快速更换装置（修订）"))
                .isEqualTo(scanned("p-2").get(0));
    }

    @Test
    void aWithdrawnProposalIsNoCandidateAnyMore() {
        declare("p-1", ROLLERS, 0);
        declare("p-2", ROLLERS_AGAIN, 1);

        publish("p-1", new ProposalWithdrawnEvent("p-1", "w1", WithdrawalReason.BY_AUTHOR, T0.plusSeconds(9)));

        assertThat(candidatesOf("p-2")).isEmpty();
        assertThat(candidatesOf("p-2")).isEqualTo(scanned("p-2"));
    }

    /** Segments apply events of different proposals in any order, as a replay in parallel does. */
    @Test
    void theCandidatesDoNotDependOnTheOrderOfTheEvents() {
        declare("p-2", ROLLERS_AGAIN, 1);
        declare("p-1", ROLLERS, 0);

        assertThat(candidatesOf("p-2")).extracting(DuplicateCandidate::proposalId).containsExactly("p-1");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        declare("p-1", ROLLERS, 0);
        declare("p-2", ROLLERS_AGAIN, 1);
        revise("p-1", 2, DUST);
        List<Map<String, Object>> rows = rows();

        feed.delivered().forEach(feed::deliver);

        assertThat(rows()).isEqualTo(rows);
        assertThat(candidatesOf("p-2")).isEmpty();
    }

    /**
     * Two declarations in parallel segments: without the lock each refresh misses the other's
     * uncommitted row and the pair is lost.
     */
    @Test
    void declarationsInParallelSegmentsStillFindEachOther() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(
                new DataSourceTransactionManager(TestDatabase.dataSource()));
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        EventFeed other = new EventFeed(projection, "Proposal");
        EventFeed otherProposals = new EventFeed(proposals, "Proposal");

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            declare("p-1", ROLLERS, 0);
            firstApplied.countDown();
            await(commitFirst);
        }));
        await(firstApplied);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status ->
                otherProposals.deliver(other.publish("p-2", submitted("p-2", ROLLERS_AGAIN, 1)))));
        Thread.sleep(500);
        commitFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);

        assertThat(candidatesOf("p-2")).extracting(DuplicateCandidate::proposalId).containsExactly("p-1");
    }

    @Test
    void theScreeningFormIsToldNothingBeforeTheRevisionsCandidatesAreStored() {
        declare("p-1", ROLLERS, 0);

        assertThat(queries.handle(new FindProposalDuplicatesQuery("p-2", 1))).as("not declared yet").isNull();
        declare("p-2", ROLLERS_AGAIN, 1);
        assertThat(queries.handle(new FindProposalDuplicatesQuery("p-2", 2))).as("revision 2 not there yet").isNull();
        DuplicateCandidates found = queries.handle(new FindProposalDuplicatesQuery("p-2", 1));
        assertThat(found.candidates()).extracting(DuplicateCandidate::proposalId).containsExactly("p-1");

        revise("p-2", 2, DUST);
        assertThat(queries.handle(new FindProposalDuplicatesQuery("p-2", 2)).candidates()).isEmpty();
    }

    @Test
    void theProposalWithoutDuplicatesAskedForReadsNone() {
        declare("p-1", ROLLERS, 0);
        declare("p-2", ROLLERS_AGAIN, 1);

        assertThat(queries.handle(new FindProposalQuery("p-2", ProposalScope.everything(), false))
                .duplicateCandidates()).isEmpty();
    }

    @Test
    void theResetEmptiesTheCandidates() {
        declare("p-1", ROLLERS, 0);
        declare("p-2", ROLLERS_AGAIN, 1);

        projection.reset();

        assertThat(jdbc.sql("SELECT count(*) FROM proposal_duplicate_view").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_duplicate_text").query(Long.class).single()).isZero();
    }

    // helpers ---------------------------------------------------------------------------------

    /** To both projections, as their processors would deliver it. */
    private DomainEventMessage<?> publish(String id, Object event) {
        DomainEventMessage<?> message = feed.publish(id, event);
        proposalFeed.deliver(message);
        return message;
    }

    private DomainEventMessage<?> declare(String id, ProposalContent content, int minutesAfterT0) {
        return publish(id, submitted(id, content, minutesAfterT0));
    }

    private static ProposalSubmittedEvent submitted(String id, ProposalContent content, int minutesAfterT0) {
        return new ProposalSubmittedEvent(id, "w1", "ZC1", content, List.of(new Author("w1", 100)), null, 2025, 3,
                T0.plusSeconds(60L * minutesAfterT0), ReviewDeadlines.defaults());
    }

    private void revise(String id, int revision, ProposalContent content) {
        publish(id, new ProposalRevisedEvent(id, "w1", revision, content, List.of(new Author("w1", 100)), null,
                T0.plusSeconds(3_600L * revision), ReviewDeadlines.defaults()));
    }

    private List<DuplicateCandidate> candidatesOf(String id) {
        return queries.handle(new FindProposalQuery(id, ProposalScope.everything())).duplicateCandidates();
    }

    /** What GET /api/proposals/{id} computed on every call before the candidates were stored. */
    private List<DuplicateCandidate> scanned(String id) {
        var detail = readModel.detail(id, ProposalScope.everything()).orElseThrow();
        return DuplicateDetector.detect(detail.title(), DuplicateDetector.textOf(detail.problem(), detail.solution()),
                readModel.earlier(id, detail.submittedAt(), ProposalQueries.DUPLICATE_SCAN_LIMIT));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT * FROM proposal_duplicate_view ORDER BY proposal_id, candidate_id").query().listOfRows();
    }

    private static ProposalContent content(String title, String problem, String solution) {
        return new ProposalContent(title, ProposalType.INNOVATION, "JDYS", problem, solution, null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
