package com.wuxiao.processes.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An awarded result of the year the union office recommends to the group's competition. */
public record RecommendRequest(
        @NotBlank(message = "请选择要推荐的成果 / proposalId is required") String proposalId,
        @Size(max = 2000, message = "推荐理由最多 2000 字 / the note is at most 2000 characters") String note) {
}
