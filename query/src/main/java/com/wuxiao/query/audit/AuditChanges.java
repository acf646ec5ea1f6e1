package com.wuxiao.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.query.audit.api.AuditChange;
import com.wuxiao.query.period.api.Period;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * "What changed": an event's payload flattened to field → text. Every event is a record, read
 * component by component so the fields keep their declared order; anything else (an event type of
 * the future) goes through Jackson's tree. Fields holding the aggregate's own id are left out: the
 * page is about that aggregate already.
 */
final class AuditChanges {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Period.ZONE);

    private final ObjectMapper json;

    AuditChanges(ObjectMapper json) {
        this.json = json;
    }

    List<AuditChange> of(Object payload, String idField, String aggregateId) {
        List<AuditChange> changes = new ArrayList<>();
        if (payload.getClass().isRecord()) {
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                Object value = componentValue(payload, component);
                if (!isOwnId(component.getName(), value, idField, aggregateId)) {
                    changes.add(new AuditChange(component.getName(), text(value)));
                }
            }
        } else {
            JsonNode tree = json.valueToTree(payload);
            for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                String text = value.isNull() ? null : value.isValueNode() ? value.asText() : write(value);
                if (!isOwnId(field.getKey(), text, idField, aggregateId)) {
                    changes.add(new AuditChange(field.getKey(), text));
                }
            }
        }
        return changes;
    }

    /**
     * The id field of the kind, and any other text equal to the aggregate's id (a proposal's points
     * name it as their source too).
     */
    private static boolean isOwnId(String name, Object value, String idField, String aggregateId) {
        return name.equals(idField) || aggregateId.equals(value);
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence || value instanceof Number && !(value instanceof BigDecimal)
            || value instanceof Boolean || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant instant) {
            return SECONDS.format(instant);
        }
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString(); // LocalDate and the like: ISO is what people read
        }
        return write(value);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Events are serialized with Jackson into the store, so this means a bug, not bad data.
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static Object componentValue(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
