package com.wuxiao.query.proposal;

import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindDuplicateCandidatesQuery;
import com.wuxiao.query.proposal.api.FindProposalDuplicatesQuery;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.FindProposalsQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Answers the proposal queries from the proposal read model. */
@Component
public class ProposalQueries {

    /**
     * Duplicate detection compares against at most this many of the nearest other proposals:
     * a year of a large company (~600 results) two to three times over, while one check stays a
     * single indexed scan and a few milliseconds of similarity work.
     */
    static final int DUPLICATE_SCAN_LIMIT = 2000;

    private final ProposalReadModel readModel;
    private final ProposalDuplicates duplicates;
    private final Clock clock;

    ProposalQueries(ProposalReadModel readModel, ProposalDuplicates duplicates, Clock clock) {
        this.readModel = readModel;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @QueryHandler
    public ProposalPage handle(FindProposalsQuery query) {
        return readModel.find(query);
    }

    /**
     * Null when there is no such proposal or it is outside the query's scope (ask with
     * {@code ResponseTypes.optionalInstanceOf}). The duplicate candidates are those worked out at its
     * declaration or revision ({@link DuplicateCandidatesProjection}), from every proposal as for
     * {@link FindDuplicateCandidatesQuery}: they show only id, title and similarity.
     */
    @QueryHandler
    public ProposalDetail handle(FindProposalQuery query) {
        Optional<ProposalDetail> found = readModel.detail(query.proposalId(), query.scope(), query.asOf());
        if (!query.withDuplicates()) {
            return found.orElse(null);
        }
        return found.map(d -> ProposalReadModel.withLists(d, d.authors(), d.history(), duplicates.of(d.id())))
                .orElse(null);
    }

    /** Null until the candidates of that revision are stored, so a form asked too early never says "none". */
    @QueryHandler
    public DuplicateCandidates handle(FindProposalDuplicatesQuery query) {
        return duplicates.revisionOf(query.proposalId())
                .filter(revision -> revision >= query.revision())
                .map(revision -> new DuplicateCandidates(duplicates.of(query.proposalId())))
                .orElse(null);
    }

    /**
     * Without {@code submittedBefore} (a draft) every proposal submitted so far counts as earlier.
     * Unscoped on purpose: candidates carry only id, title and similarity, and a submitter must see
     * matches from other units before declaring.
     */
    @QueryHandler
    public DuplicateCandidates handle(FindDuplicateCandidatesQuery query) {
        Instant before = query.submittedBefore() != null ? query.submittedBefore() : Instant.now(clock);
        return new DuplicateCandidates(DuplicateDetector.detect(query.title(), query.text(),
                readModel.earlier(query.proposalId(), before, DUPLICATE_SCAN_LIMIT)));
    }
}
