package com.wuxiao.infra.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Deletes keys older than the retention now and then. Lookups ignore expired keys anyway (a claim
 * takes them over); this only keeps the table small.
 */
@Component
public class ExpiredIdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(ExpiredIdempotencyKeys.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    ExpiredIdempotencyKeys(IdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${wuxiao.idempotency.cleanup-interval:PT1H}",
            fixedDelayString = "${wuxiao.idempotency.cleanup-interval:PT1H}")
    public int deleteExpired() {
        int deleted = keys.deleteExpired(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            log.info("Deleted {} expired idempotency key(s)", deleted);
        }
        return deleted;
    }
}
