-- When a proposal was accepted at screening: the quarter of this instant (Asia/Shanghai) decides the
-- appraisal round whose pool it joins (FindAppraisalPoolQuery). Written by "proposal-projection".
ALTER TABLE proposal_view ADD COLUMN accepted_at TIMESTAMPTZ;

-- Rows projected before this column existed: the acceptance is in their history. A replay writes
-- the same value from ProposalAcceptedEvent.
UPDATE proposal_view p SET accepted_at = h.occurred_at
FROM (SELECT proposal_id, max(occurred_at) AS occurred_at FROM proposal_history_view
      WHERE action = 'ACCEPTED' GROUP BY proposal_id) h
WHERE h.proposal_id = p.id AND p.status = 'ACCEPTED';

-- The pool of a quarter: still ACCEPTED, accepted within the quarter, oldest first.
CREATE INDEX proposal_view_accepted_idx ON proposal_view (status, accepted_at, id);
