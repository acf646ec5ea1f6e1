package com.wuxiao.infra.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * instance removes its row, so the others take over its segments at once instead of after the
 * timeout.
 */
@Component
public class ClusterNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterNodes.class);
    /** Rows of instances gone this long are deleted: nobody counts them anyway. */
    private static final String FORGET_AFTER = "1 day";

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private volatile int live = 1;
    private volatile boolean failing;
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

    /** Writes this instance's heartbeat and counts the live ones (also run on a schedule). */
    public void beat() {
        try {
            jdbc.update("INSERT INTO cluster_node (node_id, started_at, seen_at) VALUES (?, now(), now()) "
                        + "ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", nodeId);
            Integer counted = jdbc.queryForObject("SELECT count(*) FROM cluster_node WHERE seen_at > now() - ? * interval '1 millisecond'",
                    Integer.class, properties.nodeTimeout().toMillis());
            jdbc.update("DELETE FROM cluster_node WHERE seen_at < now() - interval '" + FORGET_AFTER + "'");
            int now = Math.max(1, counted == null ? 1 : counted);
            if (now != live) {
                log.info("{} live instance(s) share the event processors' segments (was {})", now, live);
            }
            live = now;
            if (failing) {
                log.info("Heartbeat written again");
                failing = false;
            }
        } catch (DataAccessException e) {
            // The database is away: the count stays as it was; Axon's claims expire on their own.
            if (!failing) {
                log.warn("Heartbeat not written: {}", e.getMessage());
                failing = true;
            }
        }
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
