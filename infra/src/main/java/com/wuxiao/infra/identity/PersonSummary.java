package com.wuxiao.infra.identity;

/** A person as others may see them: work number, name and unit, nothing more. */
public record PersonSummary(String userId, String name, String unitId, String unitName) {
}
