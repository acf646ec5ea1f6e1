package com.wuxiao.query.audit.api;

/**
 * One field of an event's payload: its name and its value as text (nested records, lists and maps
 * as compact JSON; times in China time); null when the event left it empty.
 */
public record AuditChange(String field, String value) {
}
