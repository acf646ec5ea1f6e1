package com.wuxiao.infra.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's AUDIT history plus its user operation log, which AUDIT does not write: who retried a
 * job, resolved an incident, claimed or completed a task. FULL would add every variable change and
 * form detail, which nothing here reads; see docs/adr/0002-engine-operation-log.md.
 */
final class AuditWithOperationLog implements HistoryLevel {

    static final String NAME = "audit-operation-log";
    /** Not one of Camunda's own (0 to 3); the database remembers it in ACT_GE_PROPERTY. */
    static final int ID = 22;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType == HistoryEventTypes.USER_OPERATION_LOG
               || HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity);
    }
}
