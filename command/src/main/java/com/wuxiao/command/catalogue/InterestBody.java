package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.MeetingInterest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Body of a meeting's outcome: which invited owner showed interest in which result (may be none). */
public record InterestBody(@NotNull(message = "interests 不能为空（可为空列表）/ interests is required")
                           @Valid List<@NotNull Interest> interests) {

    /** One owner's interest in one result. */
    public record Interest(@NotBlank(message = "负责人不能为空 / ownerId is required") String ownerId,
                           @NotBlank(message = "成果不能为空 / proposalId is required") String proposalId) {
    }

    List<MeetingInterest> toInterests() {
        return interests.stream().map(i -> new MeetingInterest(i.ownerId(), i.proposalId(), null)).toList();
    }
}
