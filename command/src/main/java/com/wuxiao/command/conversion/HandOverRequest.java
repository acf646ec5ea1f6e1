package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.PlannedMilestones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Body of a handover. Checks the shape early; the {@link Conversion} aggregate checks the rest
 * (awarded result, known unit, the owner's role and unit, the order of the dates).
 *
 * @param planned ISO dates, e.g. {@code "2025-08-10"}
 */
public record HandOverRequest(
        @NotBlank(message = "成果不能为空 / proposalId is required") String proposalId,
        @NotBlank(message = "接收单位不能为空 / receivingUnitId is required") String receivingUnitId,
        @NotBlank(message = "负责人不能为空 / ownerId is required") String ownerId,
        @NotNull(message = "计划日期不能为空 / planned is required") @Valid Planned planned) {

    /** The planned milestones of the body. */
    public record Planned(
            @NotNull(message = "计划试用开始日期不能为空 / planned.trialStart is required") LocalDate trialStart,
            @NotNull(message = "计划试用结束日期不能为空 / planned.trialEnd is required") LocalDate trialEnd,
            @NotNull(message = "计划采纳决定日期不能为空 / planned.adoptionDecision is required")
            LocalDate adoptionDecision) {

        public PlannedMilestones milestones() {
            return new PlannedMilestones(trialStart, trialEnd, adoptionDecision);
        }
    }
}
