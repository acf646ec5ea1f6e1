-- The command side's lookups (V23, V23_1) are kept by a subscribing processor from the moment they
-- exist; a store with events from before fills them once here. Run by infra, which owns both the
-- event table and the projections these are read from.

-- The pools: every proposal as the proposal projection last saw it.
INSERT INTO appraisal_pool_lookup (proposal_id, unit_id, authors, mentor_id, accepted_at, appraised_in)
SELECT p.id, p.unit_id,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('workerId', a.worker_id, 'share', a.share) ORDER BY a.position)
                 FROM proposal_author_view a WHERE a.proposal_id = p.id), '[]'::jsonb),
       p.mentor_id, p.accepted_at, p.round_id
FROM proposal_view p
ON CONFLICT (proposal_id) DO NOTHING;

-- The adoptions: straight from the events (Jackson JSON in bytea), the one time SQL reads them.
INSERT INTO result_adoption_lookup (proposal_id, receiving_unit_id)
SELECT DISTINCT e.payload ->> 'proposalId', e.payload ->> 'receivingUnitId'
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS payload FROM domainevententry
      WHERE payloadtype = 'com.wuxiao.command.conversion.api.ResultAdoptedEvent') e
ON CONFLICT DO NOTHING;
