package com.wuxiao.command.fund.api;

/** Bounds of the fund's inputs, for the aggregate and the forms alike. */
public final class FundLimits {

    /** A budget of at most 100 million yuan, in fen. */
    public static final long BUDGET_MAX_FEN = 10_000_000_000L;
    /** One cost of at most one million yuan, in fen. */
    public static final long ITEM_MAX_FEN = 100_000_000L;
    public static final int ITEMS_MAX = 20;
    public static final int RECEIPTS_MAX = 10;
    public static final int TEXT_MAX = 500;

    private FundLimits() {
    }
}
