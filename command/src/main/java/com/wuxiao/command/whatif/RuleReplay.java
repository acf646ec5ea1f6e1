package com.wuxiao.command.whatif;

import com.wuxiao.command.appraisal.Awards;
import com.wuxiao.command.appraisal.Grading;
import com.wuxiao.command.appraisal.Scoring;
import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.AppraisalNumbers;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.whatif.RoundRecord.Grant;
import com.wuxiao.command.whatif.RoundRecord.Marks;
import com.wuxiao.command.whatif.api.Outcome;
import com.wuxiao.command.whatif.api.ProposalOutcome;
import com.wuxiao.command.whatif.api.WhatIfResult;
import com.wuxiao.command.whatif.api.WhatIfRules;
import com.wuxiao.command.whatif.api.YearStandings;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * 规则推演: replays finalised rounds under other appraisal rules with the rule code the round aggregate
 * decided them by ({@link Scoring}, {@link Grading}, {@link Awards}) over the marks stored in the
 * rounds' events, and sets the result beside what was decided. It only reads the event store.
 * <p>
 * Re-reviews under other rules: a consensus an upheld objection asked for always stands; one a
 * spread asked for stands if the other rules find the spread too wide as well, else the scorers'
 * marks count. A spread only the other rules find too wide would have needed a re-review that never
 * took place: the scorers' mean counts, and the proposal is flagged.
 */
@Component
public class RuleReplay {

    private final EventStore events;
    private final UserDirectory users;
    private final CompetitionYears years;

    public RuleReplay(EventStore events, UserDirectory users, CompetitionYears years) {
        this.events = events;
        this.users = users;
        this.years = years;
    }

    /** The rules a finalised round was decided by, with its year's 创新标兵 count. */
    public WhatIfRules decidedRules(String roundId) {
        RoundRecord round = read(roundId);
        return WhatIfRules.of(round.config, years.require(round.year).commendationTopN());
    }

    /** The competition year of a finalised round. */
    public int yearOf(String roundId) {
        return read(roundId).year;
    }

    /**
     * @param roundIds  finalised rounds, e.g. a year's four
     * @param rules     the other rules, from the rules each round was decided by (a year may have been
     *                  reconfigured between rounds: what the asker left alone stays each round's own)
     * @param standings the calendar year's standings for the 创新标兵 and 优秀组织单位 lists, or null for
     *                  none; the lists change only by the rounds finalised in that year
     * @throws RuleViolation 400 for rules out of range, 404 for an unknown round, 409 for an unfinished one
     */
    public WhatIfResult replay(List<String> roundIds, UnaryOperator<WhatIfRules> rules, YearStandings standings) {
        if (roundIds.isEmpty()) {
            throw RuleViolation.invalid("what-if-scope", "round");
        }
        List<ProposalOutcome> proposals = new ArrayList<>();
        Tally tally = new Tally();
        WhatIfRules firstDecided = null;
        WhatIfRules firstRules = null;
        for (String roundId : roundIds) {
            RoundRecord round = read(roundId);
            WhatIfRules decided = WhatIfRules.of(round.config, years.require(round.year).commendationTopN());
            WhatIfRules other = rules.apply(decided);
            check(other);
            if (firstDecided == null) {
                firstDecided = decided;
                firstRules = other;
            }
            replay(round, other, proposals, tally,
                    standings != null && CompetitionCalendar.dayOf(round.finalisedAt).getYear() == standings.year());
        }
        return new WhatIfResult(roundIds, firstDecided, firstRules, proposals, tally.people(), tally.units(),
                standings == null ? null : tally.commended(standings, firstDecided.commendationTopN(), false),
                standings == null ? null : tally.commended(standings, firstRules.commendationTopN(), true));
    }

    private void replay(RoundRecord round, WhatIfRules rules, List<ProposalOutcome> proposals, Tally tally,
                        boolean countsForTheYear) {
        Map<String, BigDecimal> finalScores = new LinkedHashMap<>();
        List<String> reReviewMissing = new ArrayList<>();
        for (RankedProposal decided : round.results) {
            String id = decided.proposalId();
            List<BigDecimal> weighted = round.scores.getOrDefault(id, List.of()).stream()
                    .map(marks -> weighted(rules, marks)).toList();
            boolean spreadTooWide = Scoring.spread(weighted).compareTo(BigDecimal.valueOf(rules.maxSpread())) > 0;
            Marks agreed = round.consensus.get(id);
            boolean consensusStands = agreed != null && (spreadTooWide || round.objectionReReviews.contains(id));
            if (spreadTooWide && agreed == null) {
                reReviewMissing.add(id);
            }
            finalScores.put(id, Scoring.finalScore(consensusStands ? List.of(weighted(rules, agreed)) : weighted,
                    rules.trimFrom()));
        }
        Map<String, Outcome> alternative = new LinkedHashMap<>();
        List<Grant> grants = new ArrayList<>();
        for (Grading.Ranked ranked : Grading.grade(finalScores, rules.quotas())) {
            alternative.put(ranked.proposalId(), new Outcome(ranked.finalScore(), ranked.rank(), ranked.grade()));
            PoolEntry entry = round.pool.get(ranked.proposalId());
            if (ranked.grade() != Grade.NONE) {
                RankedProposal result = new RankedProposal(entry.proposalId(), entry.unitId(), ranked.finalScore(),
                        ranked.rank(), ranked.grade());
                Awards.of(round.roundId, result, entry, rules.asRoundConfig(round.config), users, round.finalisedAt)
                        .forEach(event -> grants.add(Grant.of(event)));
            }
        }
        for (RankedProposal decided : round.results) {
            Outcome other = alternative.get(decided.proposalId());
            proposals.add(new ProposalOutcome(round.roundId, decided.proposalId(), decided.unitId(),
                    new Outcome(decided.finalScore(), decided.rank(), decided.grade()), other,
                    reReviewMissing.contains(decided.proposalId())));
            tally.award(decided.unitId(), decided.grade() != Grade.NONE, other.grade() != Grade.NONE,
                    countsForTheYear);
        }
        tally.grants(round.grants, grants, countsForTheYear);
    }

    private static BigDecimal weighted(WhatIfRules rules, Marks marks) {
        return Scoring.weighted(rules.weights(), marks.feasibility(), marks.benefit(), marks.promotability());
    }

    /** From the first event: {@code readEvents(id)} would start at the round's latest snapshot. */
    private RoundRecord read(String roundId) {
        return RoundRecord.of(roundId, events.readEvents(roundId, 0).asStream());
    }

    /** The year's checks of its numbers, and the two fixed rules within sense. */
    private static void check(WhatIfRules rules) {
        if (rules == null) {
            throw RuleViolation.invalid("required", "rules", RuleViolation.term("field.rules"));
        }
        AppraisalNumbers.checkWeights(rules.weights());
        AppraisalNumbers.checkQuotas(rules.quotas());
        AppraisalNumbers.checkRewards(rules.rewards());
        AppraisalNumbers.checkPoints(rules.points());
        AppraisalNumbers.checkCommendationTopN(rules.commendationTopN());
        if (rules.trimFrom() < 3 || rules.trimFrom() > AppraisalLimits.MAX_SCORE) {
            throw RuleViolation.invalid("invalid-trim-from", "trimFrom");
        }
        if (rules.maxSpread() < 0 || rules.maxSpread() > AppraisalLimits.MAX_SCORE) {
            throw RuleViolation.invalid("invalid-max-spread", "maxSpread");
        }
    }
}
