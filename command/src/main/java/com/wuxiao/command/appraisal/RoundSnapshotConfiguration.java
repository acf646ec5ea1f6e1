package com.wuxiao.command.appraisal;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A round is the one aggregate with hundreds of events (a score, an assignment per proposal and
 * scorer), and every score loads it: without snapshots each score took longer than the one
 * before. With a snapshot every {@code wuxiao.snapshots.appraisal-round-events} events a load reads
 * at most that many events after it.
 */
@Configuration(proxyBeanMethods = false)
class RoundSnapshotConfiguration {

    /** The bean name {@link AppraisalRound}'s {@code @Aggregate} refers to. */
    static final String TRIGGER = "appraisalRoundSnapshots";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition appraisalRoundSnapshots(Snapshotter snapshotter,
            @Value("${wuxiao.snapshots.appraisal-round-events:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
