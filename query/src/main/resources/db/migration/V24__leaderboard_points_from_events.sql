-- Acceptance points are decided on the command side now: the Proposal aggregate applies one
-- PointsEarnedEvent (reason ACCEPTED) per author, already split and placed in a unit. What
-- "leaderboard-projection" kept only to split them itself, and to recompute them when a year's
-- configuration arrived in another segment, goes. The ledger's points are set by every event since.

-- Every configuration of a year, by event: the one in force gave an acceptance its points.
DROP TABLE leaderboard_year_config;

-- A proposal's authors with their shares, and its competition year: what the split needed.
DROP TABLE leaderboard_proposal_author;
ALTER TABLE leaderboard_proposal DROP COLUMN competition_year;

-- The year whose configuration gave an acceptance its points; points_ledger_acceptance_idx goes with it.
ALTER TABLE points_ledger DROP COLUMN competition_year;
