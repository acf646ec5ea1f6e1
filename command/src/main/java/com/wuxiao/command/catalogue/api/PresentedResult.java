package com.wuxiao.command.catalogue.api;

/** An awarded result on a promotion meeting's list. */
public record PresentedResult(String proposalId, String title, String unitId) {
}
