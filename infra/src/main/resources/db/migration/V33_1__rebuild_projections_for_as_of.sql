-- 时间回溯 (issue 14): V34 gives the read models behind the leaderboards, the funnel, the patent pipeline,
-- the commendation standings and a proposal's status the time each fact became known. Those columns
-- can only come from the events, so these projections are rebuilt: their tables are emptied here, with
-- their processors' tokens and dead letters, and the processors start again from the first event.
-- Run by infra, which owns both the token tables and the projections.

TRUNCATE points_ledger, leaderboard_award, leaderboard_proposal, leaderboard_category;
TRUNCATE funnel_proposal, funnel_accepted, funnel_awarded, funnel_patent, funnel_conversion;
TRUNCATE patent_case, patent_office_action;
TRUNCATE commendation_headcount, commendation_submission, commendation_award, commendation_adoption,
    commendation_worker, commendation_unit, commendation_view, commendation_recommendation, commendation_craftsman;
TRUNCATE proposal_view CASCADE;

DELETE FROM tokenentry WHERE processorname IN ('leaderboard-projection', 'funnel-projection', 'patent-projection',
    'commendation-projection', 'proposal-projection');
DELETE FROM deadletterentry WHERE processinggroup IN ('leaderboard-projection', 'funnel-projection',
    'patent-projection', 'commendation-projection', 'proposal-projection');
