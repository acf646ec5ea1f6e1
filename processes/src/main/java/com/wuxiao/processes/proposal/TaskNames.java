package com.wuxiao.processes.proposal;

import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import com.wuxiao.processes.conversion.ProductionConversion;
import com.wuxiao.processes.fund.FundClaimProcess;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Names beside the codes that task forms would otherwise show: the unit of a patent case, the
 * receiving unit of a conversion, the worker who raised an objection, a fund claim's unit and
 * claimant, and on the task that names a round's panel, the reviewers one may name. Runs on the
 * creation of every user task (the engine adds it, see infra's task names plugin) and sets a name only where the
 * task has the code and no name yet; task-local, like the proposal's sheet, so a form's write-back
 * on completion stays on the task.
 */
@Component
public class TaskNames implements TaskListener {

    private static final Map<String, String> UNITS = Map.of(
            // the same names as a fund claim's unit (FundClaimProcess.Var)
            PatentPromotion.Var.UNIT_ID, PatentPromotion.Var.UNIT_NAME,
            ProductionConversion.Var.RECEIVING_UNIT_ID, ProductionConversion.Var.RECEIVING_UNIT_NAME);
    private static final Map<String, String> PEOPLE = Map.of(
            QuarterlyAppraisal.Var.OBJECTOR_ID, QuarterlyAppraisal.Var.OBJECTOR_NAME,
            FundClaimProcess.Var.CLAIMANT_ID, FundClaimProcess.Var.CLAIMANT_NAME);

    private final DisplayNames names;

    public TaskNames(DisplayNames names) {
        this.names = names;
    }

    @Override
    public void notify(DelegateTask task) {
        UNITS.forEach((codeKey, nameKey) -> code(task, codeKey, nameKey).ifPresent(unitId ->
                task.setVariableLocal(nameKey, ProposalSheet.named(names.unit(unitId).orElse(null), unitId))));
        PEOPLE.forEach((codeKey, nameKey) -> code(task, codeKey, nameKey).ifPresent(userId ->
                task.setVariableLocal(nameKey, ProposalSheet.named(names.people(List.of(userId)).get(userId), userId))));
        if (QuarterlyAppraisal.Activity.NAME_PANEL.equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal(QuarterlyAppraisal.Var.REVIEWERS_TEXT, reviewersText());
        }
    }

    private String reviewersText() {
        return names.reviewers().stream().map(reviewer -> ProposalSheet.named(reviewer.name(), reviewer.userId())
                        + (reviewer.panelRole() == null ? "" : " · " + reviewer.panelRole().zh() + " " + reviewer.panelRole())
                        + (reviewer.unitId() == null ? ""
                        : " · " + ProposalSheet.named(names.unit(reviewer.unitId()).orElse(null), reviewer.unitId())))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static java.util.Optional<String> code(DelegateTask task, String codeKey, String nameKey) {
        String code = ProcessVariables.optionalString(task, codeKey);
        if (code == null || task.getVariable(nameKey) != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(code);
    }
}
