-- Duplicate candidates of each proposal, worked out once per declaration or revision instead of on
-- every read of the proposal. Written by "proposal-projection" (com.wuxiao.query.proposal.ProposalDuplicates)
-- and emptied by its reset handler. A row: proposal_id closely matches the earlier candidate_id, both
-- as they read now (a revision of either recomputes the row). Reads take the best five whose
-- candidate is not withdrawn.
CREATE TABLE proposal_duplicate_view (
    proposal_id  TEXT             NOT NULL REFERENCES proposal_view (id) ON DELETE CASCADE,
    candidate_id TEXT             NOT NULL REFERENCES proposal_view (id) ON DELETE CASCADE,
    similarity   DOUBLE PRECISION NOT NULL,   -- in [0, 1], the better of title and text similarity
    CONSTRAINT proposal_duplicate_view_pkey PRIMARY KEY (proposal_id, candidate_id)
);

-- A revision recomputes the rows in which the revised proposal is the candidate too.
CREATE INDEX proposal_duplicate_view_candidate_idx ON proposal_duplicate_view (candidate_id);

-- Proposals projected before this table existed have no rows yet. Without a token, Axon starts the
-- processor again from the first event (a replay token); the projection's handlers are idempotent, so
-- its rows stay as they are and only the candidates are written. An empty database has no token here,
-- and this module's own tests migrate without Axon's tables (infra's V1).
DO $$
BEGIN
    IF to_regclass('tokenentry') IS NOT NULL THEN
        DELETE FROM tokenentry WHERE processorname = 'proposal-projection';
    END IF;
END $$;
