package com.wuxiao.command.commendation.api;

/**
 * What a unit did in the competition year, for the 优秀组织单位 composite.
 *
 * @param headcount  employees, as the union office stated for the year
 * @param submitters distinct workers who submitted a proposal for the unit in the year
 * @param awards     the unit's proposals awarded a grade in the year
 * @param adoptions  the unit's results converted in the year: adopted in production by a first unit
 *                   (product.md §6 "converted"); replications to further units do not count again
 */
public record UnitStanding(String unitId, int headcount, int submitters, int awards, int adoptions) {
}
