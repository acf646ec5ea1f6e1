package com.wuxiao.infra.metrics;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.Map;

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
        jdbc.sql("SELECT processorname, token, tokentype FROM tokenentry").query(rs -> {
            byte[] token = rs.getBytes("token");
            String processor = rs.getString("processorname");
            if (token == null) {
                oldest.putIfAbsent(processor, NOT_STARTED);
            } else {
                long position = position(token, rs.getString("tokentype"));
                oldest.merge(processor, position, (a, b) -> a == NOT_STARTED ? b : b == NOT_STARTED ? a : Math.min(a, b));
            }
        });
        return oldest;
    }

    private long position(byte[] token, String type) {
        TrackingToken read = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
        return read == null ? -1 : read.position().orElse(-1);
    }
}
