-- The reward items lookup (V31) is kept by a subscribing processor from the moment it exists; a store
-- with rounds finalised before fills it once here, from the events (Jackson JSON in bytea).
INSERT INTO reward_item_lookup (item_id, round_id, year, proposal_id, proposal_unit_id, worker_id, worker_unit_id,
                                grade, amount_fen, granted_at)
SELECT e.p ->> 'roundId' || ':' || (e.p ->> 'proposalId') || ':' || (e.p ->> 'workerId'),
       e.p ->> 'roundId', CAST(left(e.p ->> 'roundId', 4) AS INTEGER), e.p ->> 'proposalId', e.p ->> 'proposalUnitId',
       e.p ->> 'workerId', e.p ->> 'workerUnitId', e.p ->> 'grade', CAST(e.p ->> 'amountFen' AS BIGINT),
       CAST(e.p ->> 'grantedAt' AS TIMESTAMPTZ)
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domainevententry
      WHERE payloadtype = 'com.wuxiao.command.appraisal.api.RewardGrantedEvent') e
ON CONFLICT DO NOTHING;
