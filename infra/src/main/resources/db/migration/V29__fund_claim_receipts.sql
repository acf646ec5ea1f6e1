-- Receipts of innovation fund claims (InnovationFund) are attachments too: a file belongs to exactly
-- one draft, proposal or claim.
ALTER TABLE attachment ADD COLUMN claim_id TEXT;
ALTER TABLE attachment DROP CONSTRAINT attachment_one_owner;
ALTER TABLE attachment ADD CONSTRAINT attachment_one_owner CHECK (num_nonnulls(draft_id, proposal_id, claim_id) = 1);
CREATE INDEX attachment_claim_idx ON attachment (claim_id) WHERE claim_id IS NOT NULL;
