-- Command-side lookup (com.wuxiao.command.conversion.AdoptionLookup), written by the subscribing
-- "command-lookups" group in the transaction that appends ResultAdoptedEvent: which units adopted a
-- result, so that the next adoption by another unit is known to be a replication. Not a projection:
-- no replay, no reset. A store older than the table is filled by infra's V23_2.

CREATE TABLE result_adoption_lookup (
    proposal_id       TEXT NOT NULL,
    receiving_unit_id TEXT NOT NULL,
    CONSTRAINT result_adoption_lookup_pkey PRIMARY KEY (proposal_id, receiving_unit_id)
);
