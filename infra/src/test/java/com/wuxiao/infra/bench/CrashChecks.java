package com.wuxiao.infra.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a crash or fault run: what the clients were told against what the database holds. Every
 * acknowledged declaration has exactly one submitted event, one monthly review and one projection
 * row; every acknowledged screening exactly one acceptance (an unsure one at most one) and its row
 * says so; no aggregate's sequence has a gap; every processor is back at the head with nothing
 * parked.
 */
final class CrashChecks {

    /** The proposal's events' type names start so. */
    static final String EVENT = "com.wuxiao.command.proposal.api.";

    private final BenchHttp http;
    private final BenchDatabase database;

    CrashChecks(BenchHttp http, BenchDatabase database) {
        this.http = http;
        this.database = database;
    }

    Map<String, Object> check(Set<String> declared, Set<String> screened, Set<String> unsure) throws Exception {
        boolean caughtUp = true;
        try {
            new AppReadings(http, Workload.ADMIN, 0).awaitCaughtUp(Duration.ofMinutes(10));
        } catch (IllegalStateException e) {
            caughtUp = false;
        }
        long lost = 0;
        long doubled = 0;
        List<String> findings = new ArrayList<>();
        try (Connection connection = database.connect()) {
            Map<String, Long> submitted = perId(connection, "SELECT aggregateidentifier, count(*) FROM domainevententry "
                    + "WHERE payloadtype = '" + EVENT + "ProposalSubmittedEvent' AND aggregateidentifier = ANY(?) GROUP BY 1", declared);
            Map<String, Long> reviews = perId(connection, "SELECT business_key_, count(*) FROM act_hi_procinst "
                    + "WHERE proc_def_key_ = 'monthly-review' AND business_key_ = ANY(?) GROUP BY 1", declared);
            Map<String, Long> rows = perId(connection, "SELECT id, count(*) FROM proposal_view WHERE id = ANY(?) GROUP BY 1",
                    declared);
            String accepted = "SELECT aggregateidentifier, count(*) FROM domainevententry WHERE payloadtype = '" + EVENT
                              + "ProposalAcceptedEvent' AND aggregateidentifier = ANY(?) GROUP BY 1";
            Map<String, Long> acceptances = perId(connection, accepted, screened);
            Map<String, Long> unsureAcceptances = perId(connection, accepted, unsure);
            Map<String, Long> acceptedRows = perId(connection, "SELECT id, count(*) FROM proposal_view "
                    + "WHERE status = 'ACCEPTED' AND id = ANY(?) GROUP BY 1", screened);
            for (String id : declared) {
                lost += note(findings, "no submitted event", id, missing(submitted, id))
                        + note(findings, "no monthly review", id, missing(reviews, id))
                        + note(findings, "no projection row", id, missing(rows, id));
                doubled += note(findings, "submitted twice", id, extra(submitted, id))
                           + note(findings, "monthly review started twice", id, extra(reviews, id));
            }
            for (String id : screened) {
                lost += note(findings, "screening without acceptance", id, missing(acceptances, id))
                        + note(findings, "acceptance not in the projection", id, missing(acceptedRows, id));
                doubled += note(findings, "accepted twice", id, extra(acceptances, id));
            }
            for (String id : unsure) {
                doubled += note(findings, "unsure screening accepted twice", id, extra(unsureAcceptances, id));
            }
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("declarationsAcknowledged", declared.size());
            report.put("screeningsAcknowledged", screened.size());
            report.put("screeningsUnsure", unsure.size());
            report.put("screeningsUnsureThatCommitted", unsureAcceptances.size());
            report.put("itemsChecked", 3L * declared.size() + 2L * screened.size() + unsure.size());
            report.put("lost", lost);
            report.put("doubled", doubled);
            report.put("aggregatesWithSequenceGaps", single(connection, "SELECT count(*) FROM (SELECT aggregateidentifier "
                    + "FROM domainevententry GROUP BY 1 HAVING max(sequencenumber) + 1 <> count(*)) gaps"));
            report.put("deadLetters", single(connection, "SELECT count(*) FROM deadletterentry"));
            report.put("caughtUp", caughtUp);
            report.put("findings", findings.stream().limit(50).toList());
            return report;
        }
    }

    /** Writes the report (and prints it); true when it found nothing lost, doubled or left over. */
    static boolean write(Map<String, Object> report, Path file) throws IOException {
        BenchHttp.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
        System.out.println(BenchHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        return clean(report);
    }

    /** Nothing lost, doubled or left over in a report of {@link #check}. */
    static boolean clean(Map<String, Object> report) {
        return ((Number) report.get("lost")).longValue() == 0 && ((Number) report.get("doubled")).longValue() == 0
               && ((Number) report.get("aggregatesWithSequenceGaps")).longValue() == 0
               && ((Number) report.get("deadLetters")).longValue() == 0 && Boolean.TRUE.equals(report.get("caughtUp"));
    }

    private static long note(List<String> findings, String what, String id, long count) {
        if (count > 0) {
            findings.add(what + ": " + id + (count > 1 ? " (" + count + ")" : ""));
        }
        return count;
    }

    private static long missing(Map<String, Long> counts, String id) {
        return counts.containsKey(id) ? 0 : 1;
    }

    private static long extra(Map<String, Long> counts, String id) {
        return Math.max(0, counts.getOrDefault(id, 0L) - 1);
    }

    private static Map<String, Long> perId(Connection connection, String sql, Collection<String> ids) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    static long single(Connection connection, String sql) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
