package com.wuxiao.infra.engine;

import com.wuxiao.processes.proposal.ProposalSheet;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Camunda's AUDIT history plus its user operation log, which AUDIT does not write: who retried a
 * job, resolved an incident, claimed or completed a task. FULL would add every variable change and
 * form detail, which nothing here reads; see docs/adr/0002-engine-operation-log.md.
 * <p>
 * Without the proposal sheets on appraisal tasks ({@link ProposalSheet}): a dozen task-local copies
 * of the read model per task, written for the form and gone with the task. Their history recorded
 * nothing the events do not hold, and was most of a round's history rows (a round has hundreds of
 * tasks). Every event of such a variable is left out, so no update ever looks for a missing row.
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
        if (entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null
            && ProposalSheet.isSheetVariable(variable.getName())) {
            return false;
        }
        return eventType == HistoryEventTypes.USER_OPERATION_LOG
               || HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity);
    }
}
