package com.wuxiao.infra.whatif;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.whatif.api.WhatIfRules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A what-if as the API and the page take it, from request parameters: the scope (one finalised
 * round, or a year's finalised rounds) and any of the rules' numbers; a number left out is the one
 * the (first) round was decided by. Rewards in yuan, quotas in cumulative percent.
 */
public record RulesForm(String round,
                        Integer year,
                        Integer feasibility,
                        Integer benefit,
                        Integer promotability,
                        Integer first,
                        Integer second,
                        Integer third,
                        Integer meritMin,
                        BigDecimal firstYuan,
                        BigDecimal secondYuan,
                        BigDecimal thirdYuan,
                        BigDecimal meritYuan,
                        Integer firstPoints,
                        Integer secondPoints,
                        Integer thirdPoints,
                        Integer meritPoints,
                        Integer trimFrom,
                        Integer maxSpread,
                        Integer topN) {

    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);
    /** Far above any reward the year may configure; keeps the conversion to fen exact. */
    private static final BigDecimal MAX_YUAN = BigDecimal.valueOf(1_000_000_000L);

    /** Nothing asked: no scope, every number as decided. */
    static RulesForm none() {
        return new RulesForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** The same numbers for one round. */
    public RulesForm withRound(String roundId) {
        return new RulesForm(roundId, null, feasibility, benefit, promotability, first, second, third, meritMin,
                firstYuan, secondYuan, thirdYuan, meritYuan, firstPoints, secondPoints, thirdPoints, meritPoints,
                trimFrom, maxSpread, topN);
    }

    public boolean isRound() {
        return round != null && !round.isBlank();
    }

    /** The decided rules with this form's numbers where it has them. */
    WhatIfRules over(WhatIfRules decided) {
        ScoreWeights w = decided.weights();
        GradeQuotas q = decided.quotas();
        RewardAmounts r = decided.rewards();
        PointsTable p = decided.points();
        return new WhatIfRules(
                new ScoreWeights(or(feasibility, w.feasibility()), or(benefit, w.benefit()),
                        or(promotability, w.promotability())),
                new GradeQuotas(or(first, q.first()), or(second, q.second()), or(third, q.third()),
                        or(meritMin, q.meritMinScore())),
                new RewardAmounts(fen(firstYuan, r.firstFen(), "firstYuan"), fen(secondYuan, r.secondFen(), "secondYuan"),
                        fen(thirdYuan, r.thirdFen(), "thirdYuan"), fen(meritYuan, r.meritFen(), "meritYuan")),
                new PointsTable(p.accepted(), or(firstPoints, p.first()), or(secondPoints, p.second()),
                        or(thirdPoints, p.third()), or(meritPoints, p.merit()), p.patentFiled(), p.inventionGranted(),
                        p.utilityModelGranted(), p.designGranted(), p.adopted(), p.replication()),
                or(trimFrom, decided.trimFrom()), or(maxSpread, decided.maxSpread()), or(topN, decided.commendationTopN()));
    }

    /** Every number of the rules as a parameter of this form: what a saved scenario keeps. */
    public static Map<String, Object> parametersOf(WhatIfRules rules) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("feasibility", rules.weights().feasibility());
        values.put("benefit", rules.weights().benefit());
        values.put("promotability", rules.weights().promotability());
        values.put("first", rules.quotas().first());
        values.put("second", rules.quotas().second());
        values.put("third", rules.quotas().third());
        values.put("meritMin", rules.quotas().meritMinScore());
        values.put("firstYuan", yuan(rules.rewards().firstFen()));
        values.put("secondYuan", yuan(rules.rewards().secondFen()));
        values.put("thirdYuan", yuan(rules.rewards().thirdFen()));
        values.put("meritYuan", yuan(rules.rewards().meritFen()));
        values.put("firstPoints", rules.points().first());
        values.put("secondPoints", rules.points().second());
        values.put("thirdPoints", rules.points().third());
        values.put("meritPoints", rules.points().merit());
        values.put("trimFrom", rules.trimFrom());
        values.put("maxSpread", rules.maxSpread());
        values.put("topN", rules.commendationTopN());
        return values;
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_YUAN).setScale(2);
    }

    private static int or(Integer value, int decided) {
        return value == null ? decided : value;
    }

    private static long fen(BigDecimal yuan, long decided, String field) {
        if (yuan == null) {
            return decided;
        }
        if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.invalid("amount-format", field);
        }
        if (yuan.abs().compareTo(MAX_YUAN) > 0) {
            throw RuleViolation.invalid("reward-too-large", field);
        }
        return yuan.multiply(FEN_PER_YUAN).longValueExact();
    }
}
