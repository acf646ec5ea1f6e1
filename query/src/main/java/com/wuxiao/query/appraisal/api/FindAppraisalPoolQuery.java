package com.wuxiao.query.appraisal.api;

/**
 * The proposals a quarter's appraisal round is opened over: those ACCEPTED at screening in that
 * quarter (Asia/Shanghai) and still ACCEPTED. Answered with {@link AppraisalPool}.
 */
public record FindAppraisalPoolQuery(int year, int quarter) {
}
