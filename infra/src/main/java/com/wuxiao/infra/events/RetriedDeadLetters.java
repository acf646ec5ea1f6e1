package com.wuxiao.infra.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the administrator's retry did.
 *
 * @param handled          parked sequences handled, per processing group
 * @param sequencesParked  sequences still parked in those groups (they failed again)
 */
public record RetriedDeadLetters(Map<String, Integer> handled, long sequencesParked) {

    public RetriedDeadLetters {
        handled = Collections.unmodifiableMap(new LinkedHashMap<>(handled));
    }
}
