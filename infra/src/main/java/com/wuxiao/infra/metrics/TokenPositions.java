package com.wuxiao.infra.metrics;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far each streaming processor has come, from Axon's token table: the position of its least
 * advanced segment, whichever node holds it (or none, while a processor is stopped). Read with the
 * serializer the token store writes with, so a replay's or a merge's token reads as well as a plain one.
 */
final class TokenPositions {

    private static final long NOT_STARTED = -1;

    private final JdbcClient jdbc;
    private final Serializer serializer;

    TokenPositions(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * Processor name → the oldest position among its segments' tokens. A segment without a token
     * has not stored progress yet (Axon stores one when it handles an event of its own), so it does
     * not count; a processor none of whose segments has a token is at -1, before the first event.
     */
    Map<String, Long> oldest() {
        Map<String, Long> oldest = new HashMap<>();
        Set<String> processors = new HashSet<>();
        jdbc.sql("SELECT processorname, token, tokentype FROM tokenentry").query(rs -> {
            String processor = rs.getString("processorname");
            processors.add(processor);
            byte[] token = rs.getBytes("token");
            if (token != null) {
                oldest.merge(processor, position(token, rs.getString("tokentype")), Math::min);
            }
        });
        processors.forEach(processor -> oldest.putIfAbsent(processor, NOT_STARTED));
        return oldest;
    }

    private long position(byte[] token, String type) {
        return position(serializer.<byte[], TrackingToken>deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null))));
    }

    /** A token's position; -1 before the first event. */
    static long position(TrackingToken token) {
        return token == null ? NOT_STARTED : token.position().orElse(NOT_STARTED);
    }
}
