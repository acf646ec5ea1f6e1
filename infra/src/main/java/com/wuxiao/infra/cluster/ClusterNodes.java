package com.wuxiao.infra.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This instance's heartbeat in {@code cluster_node}, and how many instances are live: those whose
 * heartbeat is newer than the node timeout, by the database's clock. On its own thread, so that a
 * long scheduled task (a dead-letter retry) cannot make a live instance look gone. A stopping
 * instance removes its row; a live one releases the segments of an instance whose heartbeat stopped
 * (killed, or cut off), so they are taken within a claim round instead of when its claims expire.
 * Releasing a segment that its owner still works on (a long pause) is safe: the token row is
 * claimed by one instance at a time, so either the owner's next token update takes it back before
 * anyone else claims it, or another instance has claimed it and the owner's update fails and rolls
 * its batch back, as for any claim lost.
 */
@Component
public class ClusterNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterNodes.class);
    /** Rows of instances gone this long are deleted: nobody counts them anyway. */
    private static final String FORGET_AFTER = "1 day";
    /** A heartbeat newer than the node timeout (milliseconds, the parameter), by the database's clock. */
    private static final String SINCE = "now() - ? * interval '1 millisecond'";

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    /** Axon's token store names the instance by its JVM's name ({@code pid@host}), the default it keeps. */
    private final String tokenOwner = ManagementFactory.getRuntimeMXBean().getName();
    private final String nodeId = tokenOwner + "/" + UUID.randomUUID();
    private volatile int live = 1;
    /** The last beat failed: the database was away, so every other heartbeat may look stale just now. */
    private volatile boolean failing = true;
    /** Since when the beats have succeeded without a break (System.nanoTime). */
    private volatile long beatingSince;
    private ScheduledExecutorService heartbeat;

    ClusterNodes(JdbcTemplate jdbc, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The live instances, this one included: never less than 1. */
    public int live() {
        return live;
    }

    public String nodeId() {
        return nodeId;
    }

    public String tokenOwner() {
        return tokenOwner;
    }

    /** Writes this instance's heartbeat, counts the live ones and releases the gone ones' segments. */
    public void beat() {
        try {
            jdbc.update("INSERT INTO cluster_node (node_id, token_owner, started_at, seen_at) VALUES (?, ?, now(), now()) "
                        + "ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", nodeId, tokenOwner);
            long timeout = properties.nodeTimeout().toMillis();
            if (failing) {
                beatingSince = System.nanoTime();
            } else if (System.nanoTime() - beatingSince >= properties.nodeTimeout().toNanos()) {
                releaseSegmentsOfGoneInstances(timeout);
            }
            Integer counted = jdbc.queryForObject("SELECT count(*) FROM cluster_node WHERE seen_at > " + SINCE,
                    Integer.class, timeout);
            jdbc.update("DELETE FROM cluster_node WHERE seen_at < now() - interval '" + FORGET_AFTER + "'");
            int now = Math.max(1, counted == null ? 1 : counted);
            if (now != live) {
                log.info("{} live instance(s) share the event processors' segments (was {})", now, live);
            }
            live = now;
            if (failing) {
                log.info("Heartbeat written");
                failing = false;
            }
        } catch (RuntimeException e) {
            // The database is away (or a statement failed): the count stays as it was, Axon's claims
            // expire on their own, and the next beat tries again (an exception would end the schedule).
            if (!failing) {
                log.warn("Heartbeat not written: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /**
     * Only after this instance's own beats have succeeded for a node timeout: when the database comes
     * back after an outage, every other heartbeat is stale until its instance beats again (it may
     * still be waiting for a connection), and none of them is gone. One statement: the rows of the
     * gone instances are deleted and their segments released together, or neither.
     */
    private void releaseSegmentsOfGoneInstances(long timeout) {
        // Not a name a live instance has (this one, or a restarted one on the same host with the same pid).
        jdbc.query("WITH gone AS (DELETE FROM cluster_node WHERE seen_at <= " + SINCE + " AND token_owner <> ? "
                   + "AND token_owner NOT IN (SELECT token_owner FROM cluster_node WHERE seen_at > " + SINCE + ") "
                   + "RETURNING token_owner), "
                   + "released AS (UPDATE tokenentry t SET owner = NULL FROM gone g WHERE t.owner = g.token_owner "
                   + "RETURNING g.token_owner) "
                   + "SELECT g.token_owner, (SELECT count(*) FROM released r WHERE r.token_owner = g.token_owner) FROM gone g",
                (RowCallbackHandler) row -> log.warn("Instance {} stopped its heartbeat: its {} segment(s) released for "
                                                    + "the live instances", row.getString(1), row.getLong(2)),
                timeout, tokenOwner, timeout);
    }

    @Override
    public synchronized void start() {
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        beat();
        long interval = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        heartbeat.shutdownNow();
        try {
            // A beat still running would write the row again after it is removed.
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat = null;
        try {
            jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", nodeId);
        } catch (DataAccessException e) {
            log.warn("Heartbeat row not removed, it expires: {}", e.getMessage());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeat != null;
    }

    /** Before Axon's processors start (and after they stop): their share is known from the start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
