package com.wuxiao.infra.cluster;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many segments of a processor this instance may claim: its fair share, the segments divided by
 * the live instances, rounded up. Axon's coordinator asks on every round and releases what is above
 * it, so a second instance gets half of each processor from the first, and the survivor of two
 * claims everything again once the other's heartbeat has stopped ({@link ClusterNodes} releases its
 * segments). Without this, the
 * first instance up keeps every segment and the others only answer requests.
 */
public class SegmentShare implements MaxSegmentProvider {

    private final ClusterNodes nodes;
    private final ObjectProvider<TokenStore> tokenStore;
    /** Segments change only by a split or merge, which this app does not do while running. */
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();

    SegmentShare(ClusterNodes nodes, ObjectProvider<TokenStore> tokenStore) {
        this.nodes = nodes;
        this.tokenStore = tokenStore;
    }

    @Override
    public int getMaxSegments(String processor) {
        Integer count = segments.get(processor);
        if (count == null) {
            int stored = tokenStore.getObject().fetchSegments(processor).length;
            if (stored == 0) {
                return Short.MAX_VALUE;     // not initialised yet: the coordinator creates them first
            }
            segments.put(processor, stored);
            count = stored;
        }
        return share(count, nodes.live());
    }

    public static int share(int segments, int liveInstances) {
        return (segments + liveInstances - 1) / liveInstances;
    }
}
