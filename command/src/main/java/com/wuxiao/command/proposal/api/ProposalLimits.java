package com.wuxiao.command.proposal.api;

/**
 * Size limits of a proposal's input, in one place: the aggregate enforces them and the REST layer
 * (and any form) reuses them to refuse bad input early. Lengths count Java chars, as Bean
 * Validation's {@code @Size} does.
 */
public final class ProposalLimits {

    public static final int TITLE_MAX = 100;
    public static final int PROBLEM_MAX = 5000;
    public static final int SOLUTION_MAX = 5000;
    public static final int SAFETY_BENEFIT_MAX = 2000;
    /** Screening comments. */
    public static final int COMMENT_MAX = 2000;

    /** Money in CNY: at most 9 integer digits and 2 decimals (fen), never negative. */
    public static final int AMOUNT_INTEGER_DIGITS = 9;
    public static final int AMOUNT_FRACTION_DIGITS = 2;
    public static final String AMOUNT_MAX = "999999999.99";

    /** Contribution shares are whole percent, each at least 1, together exactly 100. */
    public static final int SHARE_MIN = 1;
    public static final int SHARE_MAX = 100;
    public static final int SHARES_TOTAL = 100;

    private ProposalLimits() {
    }
}
