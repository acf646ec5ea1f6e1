package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

/**
 * An objection as the round's process receives it: the bridge sends it from the event, to the
 * publicity period ({@link QuarterlyAppraisal.Message#OBJECTION_RAISED}) or, between two periods, to
 * be held ({@link QuarterlyAppraisal.Message#OBJECTION_HELD}); a held one is sent on from its scope.
 * The variables are transient: the receiving scope copies them into variables of its own.
 */
record ObjectionMessage(String objectionId, String proposalId, String objectorId, String reason) {

    static ObjectionMessage of(ObjectionRaisedEvent event) {
        return new ObjectionMessage(event.objectionId(), event.proposalId(), event.objectorId(), event.reason());
    }

    /** The objection a hold-objection scope keeps. */
    static ObjectionMessage heldIn(DelegateExecution execution) {
        return new ObjectionMessage((String) execution.getVariable(Var.OBJECTION_ID),
                (String) execution.getVariable(Var.PROPOSAL_ID), (String) execution.getVariable(Var.OBJECTOR_ID),
                (String) execution.getVariable(Var.OBJECTION_REASON));
    }

    void send(RuntimeService runtimeService, String processInstanceId, String messageName) {
        runtimeService.createMessageCorrelation(messageName)
                .processInstanceId(processInstanceId)
                .setVariable(Var.RAISED_OBJECTION_ID, Variables.stringValue(objectionId, true))
                .setVariable(Var.RAISED_PROPOSAL_ID, Variables.stringValue(proposalId, true))
                .setVariable(Var.RAISED_BY, Variables.stringValue(objectorId, true))
                .setVariable(Var.RAISED_REASON, Variables.stringValue(reason, true))
                .correlateWithResult();
    }
}
