package com.wuxiao.query.need.api;

import java.time.LocalDate;

/** One need with its answers; answered with an optional {@link NeedDetail}. */
public record FindNeedQuery(String needId, LocalDate today) {
}
