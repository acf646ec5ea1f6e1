package com.wuxiao.infra.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param retention how long a key is remembered: long enough to cover a client's retries; after it
 *                  the key is free again and the request runs anew
 */
@ConfigurationProperties("wuxiao.idempotency")
public record IdempotencyProperties(@DefaultValue("PT24H") Duration retention) {

    public IdempotencyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("wuxiao.idempotency.retention must be positive");
        }
    }
}
