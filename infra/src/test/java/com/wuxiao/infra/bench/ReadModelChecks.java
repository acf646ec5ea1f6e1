package com.wuxiao.infra.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event table against the read models, over everything stored (not only what a client was told):
 * each count is of events some read model or process does not show; all must be 0 once the
 * processors are at the head. With two nodes each processor's segments were handled by both, so a
 * segment dropped or skipped between them shows here.
 */
final class ReadModelChecks {

    private static final String PROPOSAL = CrashChecks.EVENT;
    private static final String SUBMITTED = "payloadtype = '" + PROPOSAL + "ProposalSubmittedEvent'";
    private static final String ACCEPTED = "payloadtype = '" + PROPOSAL + "ProposalAcceptedEvent'";
    private static final String WITHDRAWN = "payloadtype = '" + PROPOSAL + "ProposalWithdrawnEvent'";

    /** What is checked → the condition an event of the table must meet, on {@code d} (domainevententry). */
    private static final Map<String, String> MISSED = new LinkedHashMap<>();

    static {
        MISSED.put("submissions without a proposal-projection row", SUBMITTED
                + " AND NOT EXISTS (SELECT 1 FROM proposal_view v WHERE v.id = d.aggregateidentifier)");
        MISSED.put("submissions without a leaderboard row", SUBMITTED
                + " AND NOT EXISTS (SELECT 1 FROM leaderboard_proposal v WHERE v.proposal_id = d.aggregateidentifier)");
        MISSED.put("submissions without a funnel row", SUBMITTED
                + " AND NOT EXISTS (SELECT 1 FROM funnel_proposal v WHERE v.proposal_id = d.aggregateidentifier)");
        MISSED.put("submissions without a duplicate-check row", SUBMITTED
                + " AND NOT EXISTS (SELECT 1 FROM proposal_duplicate_text v WHERE v.proposal_id = d.aggregateidentifier)");
        MISSED.put("submissions without an inbox row", SUBMITTED
                + " AND NOT EXISTS (SELECT 1 FROM inbox_proposal v WHERE v.proposal_id = d.aggregateidentifier)");
        MISSED.put("submissions without a commendation row", SUBMITTED
                + " AND NOT EXISTS (SELECT 1 FROM commendation_submission v WHERE v.proposal_id = d.aggregateidentifier)");
        MISSED.put("submissions without a monthly review", SUBMITTED + " AND NOT EXISTS (SELECT 1 FROM act_hi_procinst p "
                + "WHERE p.proc_def_key_ = 'monthly-review' AND p.business_key_ = d.aggregateidentifier)");
        MISSED.put("proposal events without their history line", "payloadtype LIKE '" + PROPOSAL + "Proposal%Event'"
                + " AND NOT EXISTS (SELECT 1 FROM proposal_history_view v WHERE v.event_id = d.eventidentifier)");
        MISSED.put("acceptances not ACCEPTED in the proposal projection", ACCEPTED + " AND NOT EXISTS (SELECT 1 "
                + "FROM proposal_view v WHERE v.id = d.aggregateidentifier AND v.status = 'ACCEPTED')");
        MISSED.put("acceptances without a funnel row", ACCEPTED
                + " AND NOT EXISTS (SELECT 1 FROM funnel_accepted v WHERE v.proposal_id = d.aggregateidentifier)");
        MISSED.put("acceptances without their authors' inbox notice", ACCEPTED + " AND NOT EXISTS (SELECT 1 "
                + "FROM inbox_notification v WHERE v.proposal_id = d.aggregateidentifier AND v.kind = 'ACCEPTED')");
        MISSED.put("withdrawals not WITHDRAWN in the proposal projection", WITHDRAWN + " AND NOT EXISTS (SELECT 1 "
                + "FROM proposal_view v WHERE v.id = d.aggregateidentifier AND v.status = 'WITHDRAWN')");
        MISSED.put("points without a ledger line", "payloadtype = 'com.wuxiao.command.common.api.PointsEarnedEvent'"
                + " AND NOT EXISTS (SELECT 1 FROM points_ledger v WHERE v.event_id = d.eventidentifier)");
    }

    private final BenchDatabase database;

    ReadModelChecks(BenchDatabase database) {
        this.database = database;
    }

    /** Each check's count, then the proposals with more than one monthly review and the events compared. */
    Map<String, Long> check() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect()) {
            for (Map.Entry<String, String> check : MISSED.entrySet()) {
                counts.put(check.getKey(), CrashChecks.single(connection, "SELECT count(*) FROM domainevententry d WHERE " + check.getValue()));
            }
            counts.put("proposals with two monthly reviews", CrashChecks.single(connection, "SELECT count(*) FROM (SELECT business_key_ "
                    + "FROM act_hi_procinst WHERE proc_def_key_ = 'monthly-review' GROUP BY 1 HAVING count(*) > 1) twice"));
            counts.put("events compared", CrashChecks.single(connection, "SELECT count(*) FROM domainevententry"));
        }
        return counts;
    }

    /** The sum of every count but the events compared: 0 when the read models show every event. */
    static long missed(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(entry -> !entry.getKey().equals("events compared"))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
