package com.wuxiao.query.certificate.api;

import java.time.LocalDate;

/**
 * One honour and its certificate.
 *
 * @param certificateId {@code KIND:year-or-round:…:holder}, stable: the same honour always has the same id
 * @param holderId      a worker's id, or a unit's for {@link HonourKind#EXCELLENT_UNIT}
 * @param holderName    the worker's or unit's name; the id if the directory no longer knows it
 * @param roundId       an award's round, else null
 * @param title         an award's proposal title, else null
 * @param grade         an award's grade name, else null
 * @param citation      a 金牌工匠's citation, else null
 * @param issuedOn      the day (Beijing) the honour was final: the round finalised, the commendation
 *                      confirmed, the craftsman conferred
 */
public record Certificate(String certificateId,
                          HonourKind kind,
                          int year,
                          String holderId,
                          String holderName,
                          String unitId,
                          String roundId,
                          String proposalId,
                          String title,
                          String grade,
                          String citation,
                          LocalDate issuedOn) {

    public boolean heldByAUnit() {
        return kind == HonourKind.EXCELLENT_UNIT;
    }
}
