package com.wuxiao.command.payout;

import java.util.List;

/**
 * Body of a new payout batch: a round of the year (every item of it no batch holds yet), or the items
 * named (ids {@code round:proposal:worker}).
 */
public record PayoutBatchRequest(String roundId, List<String> itemIds) {
}
