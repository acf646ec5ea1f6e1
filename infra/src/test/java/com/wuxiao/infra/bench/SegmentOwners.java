package com.wuxiao.infra.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Who holds each processor's segments, as the token table says: how the instances share the work,
 * and how soon a survivor takes over a dead instance's segments.
 */
final class SegmentOwners {

    private static final String UNCLAIMED = "(unclaimed)";

    private final BenchDatabase database;

    SegmentOwners(BenchDatabase database) {
        this.database = database;
    }

    /** Processor → owner → segments it holds ("(unclaimed)" for none). */
    Map<String, Map<String, Integer>> owners() throws SQLException {
        Map<String, Map<String, Integer>> owners = new TreeMap<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT processorname, coalesce(owner, '" + UNCLAIMED + "'), count(*) FROM tokenentry GROUP BY 1, 2")) {
            while (rows.next()) {
                owners.computeIfAbsent(rows.getString(1), name -> new TreeMap<>()).put(rows.getString(2), rows.getInt(3));
            }
        }
        return owners;
    }

    /**
     * Every segment claimed, and each node holding its share of every processor with a segment for
     * each node (a one-segment processor goes to either).
     */
    static boolean shared(Map<String, Map<String, Integer>> owners, List<AppNode> nodes) {
        return owners.values().stream().allMatch(held -> {
            int segments = held.values().stream().mapToInt(Integer::intValue).sum();
            if (held.containsKey(UNCLAIMED)) {
                return false;
            }
            return segments < nodes.size() || nodes.stream().allMatch(node -> segmentsOf(held, node) >= segments / nodes.size());
        });
    }

    /** Every segment of every processor held by this node. */
    static boolean allHeldBy(Map<String, Map<String, Integer>> owners, AppNode node) {
        return owners.values().stream().allMatch(held -> held.keySet().stream().allMatch(node::owns));
    }

    /** Polls the token table until the condition holds; how long that took. */
    Duration await(Predicate<Map<String, Map<String, Integer>>> condition, Duration atMost) throws Exception {
        long start = System.nanoTime();
        while (!condition.test(owners())) {
            if (System.nanoTime() - start > atMost.toNanos()) {
                throw new IllegalStateException("segments not as expected after " + atMost + ": " + owners());
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Per processor, the node names and segments held: the report's view of {@link #owners()}. */
    Map<String, Map<String, Integer>> byNode(List<AppNode> nodes) throws SQLException {
        Map<String, Map<String, Integer>> byNode = new TreeMap<>();
        owners().forEach((processor, held) -> held.forEach((owner, segments) -> byNode
                .computeIfAbsent(processor, name -> new TreeMap<>())
                .merge(nodes.stream().filter(node -> node.owns(owner)).map(node -> node.name).findFirst().orElse(owner),
                        segments, Integer::sum)));
        return byNode;
    }

    private static int segmentsOf(Map<String, Integer> held, AppNode node) {
        return held.entrySet().stream().filter(entry -> node.owns(entry.getKey())).mapToInt(Map.Entry::getValue).sum();
    }
}
