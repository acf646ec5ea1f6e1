-- The quarterly appraisal's result of a proposal (ProposalAppraisedEvent), null until appraised.
-- Written by "proposal-projection"; the status column then reads AWARDED or NOT_AWARDED, which
-- keeps the proposal out of every later appraisal pool (the pool takes ACCEPTED only).
ALTER TABLE proposal_view
    ADD COLUMN grade       TEXT,            -- Grade name, NONE included
    ADD COLUMN round_id    TEXT,            -- the round that appraised it, e.g. "2025-Q1"
    ADD COLUMN final_score NUMERIC(5, 2),
    ADD COLUMN rank        INTEGER;         -- rank in that round; ties share a rank

-- History rows of an appraisal carry the Grade name in "reason", as rejections and withdrawals
-- carry theirs (no schema change needed).
