package com.wuxiao.command.appraisal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool lookup's handlers and its quarter on real PostgreSQL. Quarters are taken in Beijing
 * time (UTC+8): 2031-04-01 00:00 there is 2031-03-31 16:00 UTC. The year 2031 is this test's own,
 * so the shared database's other rows do not enter its pools.
 */
class AppraisalPoolLookupTest {

    private static final Instant LAST_MOMENT_OF_Q1 = Instant.parse("2031-03-31T15:59:59Z");
    private static final Instant FIRST_MOMENT_OF_Q2 = Instant.parse("2031-03-31T16:00:00Z");
    private static final ProposalContent CONTENT = new ProposalContent("链条自动张紧装置", ProposalType.INNOVATION, "JDYS",
            "刮板输送机链条张紧靠人工目测。", "加装液压自动张紧装置。", new BigDecimal("50000.00"), "减少断链事故",
            new BigDecimal("2000.00"));

    private final AppraisalPoolLookup lookup =
            new AppraisalPoolLookup(TestDatabase.jdbc(), new ObjectMapper().findAndRegisterModules());

    private String submitted(String unit, List<Author> authors, String mentor) {
        String id = "pool-" + UUID.randomUUID();
        lookup.on(new ProposalSubmittedEvent(id, authors.get(0).workerId(), unit, CONTENT, authors, mentor, 2031, 3,
                Instant.parse("2031-03-01T02:00:00Z"), ReviewDeadlines.defaults(), List.of()));
        return id;
    }

    private void accept(String id, Instant at) {
        lookup.on(new ProposalAcceptedEvent(id, "c1", 1, null, at, Map.of()));
    }

    @Test
    void anAcceptedProposalIsInTheQuarterOfItsAcceptanceInBeijingTime() {
        String late = submitted("ZC1", List.of(new Author("w1", 100)), null);
        String next = submitted("ZC1", List.of(new Author("w1", 100)), null);
        accept(late, LAST_MOMENT_OF_Q1);
        accept(next, FIRST_MOMENT_OF_Q2);

        assertThat(lookup.acceptedIn(2031, 1)).extracting(PoolEntry::proposalId).contains(late).doesNotContain(next);
        assertThat(lookup.acceptedIn(2031, 2)).extracting(PoolEntry::proposalId).contains(next).doesNotContain(late);
    }

    @Test
    void theEntryHasTheLastDeclaredAuthorsInTheirOrderAndTheMentor() {
        String id = submitted("JJ2", List.of(new Author("w1", 60), new Author("w2", 40)), null);
        List<Author> revised = List.of(new Author("w2", 30), new Author("w1", 50), new Author("w3", 20));
        lookup.on(new ProposalRevisedEvent(id, "w1", 2, CONTENT, revised, "m9", Instant.parse("2031-07-02T02:00:00Z")));
        accept(id, Instant.parse("2031-07-03T02:00:00Z"));

        assertThat(lookup.acceptedIn(2031, 3)).filteredOn(entry -> entry.proposalId().equals(id))
                .containsExactly(new PoolEntry(id, "JJ2", revised, "m9"));
    }

    @Test
    void submittedButNotAcceptedIsInNoPool() {
        String id = submitted("ZC1", List.of(new Author("w1", 100)), null);

        for (int quarter = 1; quarter <= 4; quarter++) {
            assertThat(lookup.acceptedIn(2031, quarter)).extracting(PoolEntry::proposalId).doesNotContain(id);
        }
    }

    @Test
    void anAppraisedProposalLeavesThePoolAndTheRestKeepTheOrderOfAcceptance() {
        Instant day = Instant.parse("2031-11-02T02:00:00Z");
        String first = submitted("ZC1", List.of(new Author("w1", 100)), null);
        String appraised = submitted("ZC1", List.of(new Author("w1", 100)), null);
        String third = submitted("ZC1", List.of(new Author("w1", 100)), null);
        accept(third, day.plusSeconds(7200));
        accept(appraised, day.plusSeconds(3600));
        accept(first, day);
        lookup.on(new ProposalAppraisedEvent(appraised, "2031-Q4", Grade.NONE, new BigDecimal("40.00"), 3,
                day.plusSeconds(86_400)));

        assertThat(lookup.acceptedIn(2031, 4)).extracting(PoolEntry::proposalId)
                .containsSubsequence(first, third).doesNotContain(appraised);
    }
}
