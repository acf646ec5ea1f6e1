package com.wuxiao.infra.it;

import com.wuxiao.infra.cluster.ClusterNodes;
import com.wuxiao.infra.cluster.SegmentShare;
import com.wuxiao.query.proposal.ProposalProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The instances on one database count each other by their heartbeats and claim their share of each
 * processor's segments. Two real instances are the two-node run's part (infra/bench/two-nodes); here
 * the one instance of the test context and rows standing for others.
 */
class ClusterNodesTest extends IntegrationTestSupport {

    @Autowired
    private ClusterNodes nodes;
    @Autowired
    private SegmentShare share;

    @Test
    void aLoneInstanceBeatsCountsItselfAndMayClaimEverySegment() {
        Timestamp seen = jdbc.sql("SELECT seen_at FROM cluster_node WHERE node_id = ?").param(nodes.nodeId())
                .query(Timestamp.class).single();
        assertThat(Duration.between(seen.toInstant(), Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(nodes.live()).isEqualTo(1);
        assertThat(share.getMaxSegments(ProposalProjection.PROCESSING_GROUP)).isEqualTo(4);
        assertThat(jdbc.sql("SELECT DISTINCT owner FROM tokenentry WHERE owner IS NOT NULL").query(String.class).list())
                .as("Axon names this instance as its heartbeat row does").containsExactly(nodes.tokenOwner());
    }

    /** A row of tokenentry for a processor of this test only: the context's own are left alone. */
    @Test
    void theSegmentsOfAnInstanceWhoseHeartbeatStoppedAreReleasedThoseOfALiveOneAreNot() {
        jdbc.sql("INSERT INTO cluster_node (node_id, token_owner, started_at, seen_at) VALUES "
                 + "('killed', 'killed@test', now() - interval '1 hour', now() - interval '1 minute'), "
                 + "('alive', 'alive@test', now(), now())").update();
        jdbc.sql("INSERT INTO tokenentry (processorname, segment, timestamp, owner) VALUES "
                 + "('cluster-test', 0, '2026-12-07T00:00:00Z', 'killed@test'), ('cluster-test', 1, '2026-12-07T00:00:00Z', 'alive@test')")
                .update();
        try {
            // Releasing waits until this instance has beaten for a node timeout (a fresh context may not have yet).
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                jdbc.sql("UPDATE cluster_node SET seen_at = now() WHERE node_id = 'alive'").update();
                nodes.beat();
                assertThat(jdbc.sql("SELECT coalesce(owner, '-') FROM tokenentry WHERE processorname = 'cluster-test' "
                                    + "ORDER BY segment").query(String.class).list()).containsExactly("-", "alive@test");
            });
            assertThat(jdbc.sql("SELECT node_id FROM cluster_node WHERE node_id IN ('killed', 'alive')").query(String.class).list())
                    .containsExactly("alive");
        } finally {
            jdbc.sql("DELETE FROM tokenentry WHERE processorname = 'cluster-test'").update();
            jdbc.sql("DELETE FROM cluster_node WHERE node_id IN ('killed', 'alive')").update();
            nodes.beat();
        }
    }

    @Test
    void anInstanceWhoseHeartbeatStoppedIsNotCounted() {
        jdbc.sql("INSERT INTO cluster_node (node_id, token_owner, started_at, seen_at) VALUES ('gone', 'gone@test', "
                    + "now() - interval '1 hour', now() - interval '1 minute')").update();
        try {
            nodes.beat();
            assertThat(nodes.live()).isEqualTo(1);
            assertThat(share.getMaxSegments(ProposalProjection.PROCESSING_GROUP)).isEqualTo(4);
        } finally {
            jdbc.sql("DELETE FROM cluster_node WHERE node_id = 'gone'").update();
        }
    }

    /** Kept to a moment: the context's processors would give up half their segments meanwhile. */
    @Test
    void aSecondLiveInstanceHalvesTheShareRoundedUp() {
        jdbc.sql("INSERT INTO cluster_node (node_id, token_owner, started_at, seen_at) VALUES ('other', 'other@test', now(), now())").update();
        int withTwo;
        try {
            nodes.beat();
            withTwo = share.getMaxSegments(ProposalProjection.PROCESSING_GROUP);
        } finally {
            jdbc.sql("DELETE FROM cluster_node WHERE node_id = 'other'").update();
            nodes.beat();
        }
        assertThat(withTwo).isEqualTo(2);
        assertThat(nodes.live()).isEqualTo(1);
        assertThat(SegmentShare.share(1, 2)).as("a one-segment processor stays with one instance").isEqualTo(1);
        assertThat(SegmentShare.share(4, 3)).isEqualTo(2);
    }
}
