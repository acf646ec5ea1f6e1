package com.wuxiao.command.fund;

/** Answer to a claim: its id (also in the Location header). */
public record FundClaimCreated(String claimId) {
}
