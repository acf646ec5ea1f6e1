package com.wuxiao.command.conversion;

/** Answer to a handover: the new conversion's id (also in the Location header). */
public record ConversionCreated(String conversionId) {
}
