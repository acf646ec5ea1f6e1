package com.wuxiao.command.need;

import com.wuxiao.command.need.api.NeedLimits;
import jakarta.validation.constraints.Size;

/** Body of a need's closure: solved or not, and an optional note. */
public record CloseNeedRequest(
        boolean solved,
        @Size(max = NeedLimits.NOTE_MAX, message = "说明不能超过 {max} 个字符 / note must be at most {max} characters")
        String note) {
}
