package com.wuxiao.command.proposal;

/** Bilingual Bean Validation messages of the proposal request bodies ({max} etc. are filled in). */
final class ProposalFormMessages {

    static final String TITLE_REQUIRED = "标题不能为空 / title is required";
    static final String TITLE_TOO_LONG = "标题不能超过 {max} 个字符 / title must be at most {max} characters";
    static final String TYPE_REQUIRED = "类别（五小）不能为空 / type is required";
    static final String CATEGORY_REQUIRED = "专业类别不能为空 / category is required";
    static final String PROBLEM_REQUIRED = "存在问题不能为空 / problem is required";
    static final String PROBLEM_TOO_LONG = "存在问题不能超过 {max} 个字符 / problem must be at most {max} characters";
    static final String SOLUTION_REQUIRED = "解决方案不能为空 / solution is required";
    static final String SOLUTION_TOO_LONG = "解决方案不能超过 {max} 个字符 / solution must be at most {max} characters";
    static final String SAFETY_BENEFIT_TOO_LONG =
            "预期安全效益不能超过 {max} 个字符 / expected safety benefit must be at most {max} characters";
    static final String AMOUNT_NEGATIVE = "金额不能为负数 / the amount must not be negative";
    static final String AMOUNT_DIGITS =
            "金额最多 {integer} 位整数、{fraction} 位小数 / the amount has at most {integer} digits and {fraction} decimals";
    static final String AUTHORS_REQUIRED = "至少需要一位作者 / at least one author is required";
    static final String AUTHOR_REQUIRED = "作者不能为空 / an author entry is empty";
    static final String WORKER_ID_REQUIRED = "作者工号不能为空 / the author's worker id is required";
    static final String SHARE_REQUIRED = "贡献比例不能为空 / the share is required";
    static final String SHARE_RANGE = "贡献比例须为 {value} 以上的整数百分比 / the share is a whole percent of at least {value}";
    static final String SHARE_MAX = "贡献比例不能超过 {value}% / the share is at most {value}%";
    static final String REVISION_REQUIRED = "须注明基于哪一版修改 / basedOnRevision is required";
    static final String REVISION_POSITIVE = "版本号从 1 开始 / revisions start at 1";

    private ProposalFormMessages() {
    }
}
