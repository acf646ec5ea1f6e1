package com.wuxiao.query.proposal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.FindProposalsQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalHistoryAction;
import com.wuxiao.query.proposal.api.ProposalHistoryEntry;
import com.wuxiao.query.proposal.api.ProposalScope;
import com.wuxiao.query.proposal.api.ProposalSummary;
import com.wuxiao.query.testing.TestDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ProposalAppraisedEvent on the proposal read model, on real PostgreSQL with the module's migrations. */
class ProposalAppraisalProjectionTest {

    /** 2025-03-10 10:00 in Beijing: the pool of 2025-Q1. */
    private static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");
    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T_FINAL = Instant.parse("2025-04-08T02:00:00Z");
    private static final String ROUND = "2025-Q1";
    private static final ProposalContent CONTENT = new ProposalContent("链条自动张紧装置", ProposalType.INNOVATION, "JDYS",
            "刮板输送机链条张紧靠人工目测。", "加装液压自动张紧装置。", new BigDecimal("50000.00"), "减少断链事故",
            new BigDecimal("2000.50"));

    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
    private final ProposalProjection projection = new ProposalProjection(jdbc);
    private final ProposalReadModel readModel = new ProposalReadModel(jdbc);
    private final ProposalQueries queries = new ProposalQueries(readModel, new ProposalDuplicates(jdbc), Clock.systemUTC());

    @BeforeEach
    void emptyReadModel() {
        projection.reset();
    }

    private static <T> GenericDomainEventMessage<T> message(String proposalId, long seq, T event) {
        return new GenericDomainEventMessage<>("Proposal", proposalId, seq, event);
    }

    /** Submitted (seq 0) and accepted (seq 1) in 2025-Q1. */
    private void accepted(String proposalId) {
        ProposalSubmittedEvent submitted = new ProposalSubmittedEvent(proposalId, "w1", "ZC1", CONTENT,
                List.of(new Author("w1", 60), new Author("w2", 40)), null, 2025, 3, T0, ReviewDeadlines.defaults());
        projection.on(submitted, message(proposalId, 0, submitted));
        ProposalAcceptedEvent accepted = new ProposalAcceptedEvent(proposalId, "c1", 1, null, T1,
                Map.of("w1", "ZC1", "w2", "ZC1"));
        projection.on(accepted, message(proposalId, 1, accepted));
    }

    private GenericDomainEventMessage<ProposalAppraisedEvent> appraise(String proposalId, Grade grade, String score,
                                                                       int rank) {
        ProposalAppraisedEvent event = new ProposalAppraisedEvent(proposalId, ROUND, grade, new BigDecimal(score), rank,
                T_FINAL);
        GenericDomainEventMessage<ProposalAppraisedEvent> message = message(proposalId, 2, event);
        projection.on(event, message);
        return message;
    }

    private ProposalDetail detail(String proposalId) {
        return queries.handle(new FindProposalQuery(proposalId, ProposalScope.everything()));
    }

    private List<ProposalSummary> listed(ProposalStatus status) {
        return queries.handle(new FindProposalsQuery(null, null, null, status, null, null, null, 0, 20,
                ProposalScope.everything())).items();
    }

    @Test
    void aGradeMakesTheProposalAwarded() {
        accepted("p-1");

        appraise("p-1", Grade.SECOND, "82.35", 2);

        ProposalDetail detail = detail("p-1");
        assertThat(detail.status()).isEqualTo(ProposalStatus.AWARDED);
        assertThat(detail.grade()).isEqualTo(Grade.SECOND);
        assertThat(detail.roundId()).isEqualTo(ROUND);
        assertThat(detail.updatedAt()).isEqualTo(T_FINAL);
        ProposalHistoryEntry last = detail.history().get(detail.history().size() - 1);
        assertThat(last).isEqualTo(new ProposalHistoryEntry(2, ProposalHistoryAction.APPRAISED,
                ProposalStatus.AWARDED, null, 1, null, Grade.SECOND.name(), T_FINAL));
        Map<String, Object> row = jdbc.sql("SELECT final_score, rank FROM proposal_view WHERE id = 'p-1'")
                .query().singleRow();
        assertThat(row).containsEntry("final_score", new BigDecimal("82.35")).containsEntry("rank", 2);
    }

    @Test
    void gradeNoneMakesItNotAwarded() {
        accepted("p-1");

        appraise("p-1", Grade.NONE, "55.10", 7);

        ProposalDetail detail = detail("p-1");
        assertThat(detail.status()).isEqualTo(ProposalStatus.NOT_AWARDED);
        assertThat(detail.grade()).isEqualTo(Grade.NONE);
        assertThat(detail.history()).last().extracting(ProposalHistoryEntry::action, ProposalHistoryEntry::reason)
                .containsExactly(ProposalHistoryAction.APPRAISED, "NONE");
    }

    @Test
    void listsCarryTheGradeAndFilterByTheNewStatuses() {
        accepted("p-1");
        accepted("p-2");
        accepted("p-3");
        appraise("p-1", Grade.FIRST, "91.00", 1);
        appraise("p-2", Grade.NONE, "40.00", 2);

        assertThat(listed(ProposalStatus.AWARDED)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("p-1");
            assertThat(s.grade()).isEqualTo(Grade.FIRST);
            assertThat(s.roundId()).isEqualTo(ROUND);
        });
        assertThat(listed(ProposalStatus.NOT_AWARDED)).extracting(ProposalSummary::id).containsExactly("p-2");
        assertThat(listed(ProposalStatus.ACCEPTED)).singleElement().satisfies(s -> {
            assertThat(s.grade()).isNull();
            assertThat(s.roundId()).isNull();
        });
    }

    @Test
    void aRedeliveryChangesNothing() {
        accepted("p-1");
        GenericDomainEventMessage<ProposalAppraisedEvent> first = appraise("p-1", Grade.THIRD, "70.00", 3);

        projection.on(first.getPayload(), first);
        // an older event redelivered after the appraisal does not bring back ACCEPTED
        ProposalAcceptedEvent accepted = new ProposalAcceptedEvent("p-1", "c1", 1, null, T1,
                Map.of("w1", "ZC1", "w2", "ZC1"));
        projection.on(accepted, message("p-1", 1, accepted));

        ProposalDetail detail = detail("p-1");
        assertThat(detail.status()).isEqualTo(ProposalStatus.AWARDED);
        assertThat(detail.grade()).isEqualTo(Grade.THIRD);
        assertThat(detail.history()).extracting(ProposalHistoryEntry::action).containsExactly(
                ProposalHistoryAction.SUBMITTED, ProposalHistoryAction.ACCEPTED, ProposalHistoryAction.APPRAISED);
    }
}
