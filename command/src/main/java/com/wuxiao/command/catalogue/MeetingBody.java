package com.wuxiao.command.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** Body of a promotion meeting's scheduling; the {@link PromotionMeeting} aggregate checks the rest. */
public record MeetingBody(
        @NotBlank(message = "推介会名称不能为空 / title is required") String title,
        @NotNull(message = "推介会日期不能为空 / heldOn is required") LocalDate heldOn,
        String place,
        @NotEmpty(message = "请选择推介成果 / proposalIds is required") List<String> proposalIds,
        @NotEmpty(message = "请选择受邀负责人 / invitedOwnerIds is required") List<String> invitedOwnerIds) {
}
