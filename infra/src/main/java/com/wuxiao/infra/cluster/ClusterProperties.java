package com.wuxiao.infra.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the instances sharing one database see each other. An instance whose heartbeat is older than
 * {@code nodeTimeout} counts as gone; keep it below Axon's token claim timeout (10 s by default), so
 * that the others already claim its share when its claims expire.
 */
@ConfigurationProperties("wuxiao.cluster")
public record ClusterProperties(@DefaultValue("PT2S") Duration heartbeatInterval,
                                @DefaultValue("PT6S") Duration nodeTimeout) {

    public ClusterProperties {
        if (heartbeatInterval.isZero() || heartbeatInterval.isNegative()
            || nodeTimeout.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("wuxiao.cluster: the node timeout (" + nodeTimeout + ") must be at least twice "
                    + "the heartbeat interval (" + heartbeatInterval + "), or live instances would look gone");
        }
    }
}
