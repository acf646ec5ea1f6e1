package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryPublishedNeeds;
import com.wuxiao.command.need.api.PublishedNeed;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation and the year the proposal tests run in: units ZC1 and JJ2, workers w1 and w2 of
 * ZC1 and w3 of JJ2, coordinators c1 and c3 (ZC1) and c2 (JJ2), the union leader, a reviewer; the year
 * 2025 declares in January to November, with the categories JDYS and TFAQ.
 */
final class ProposalTestData {

    static final String ID = "p-1";
    /** 2025-03-10 10:00 in Beijing. */
    static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");

    static final List<Author> AUTHORS = List.of(new Author("w1", 60), new Author("w2", 40));
    /** The units of {@link #AUTHORS} in {@link #directory()}. */
    static final Map<String, String> AUTHOR_UNITS = Map.of("w1", "ZC1", "w2", "ZC1");
    static final ProposalContent CONTENT = new Draft().toContent();

    private ProposalTestData() {
    }

    /** The rule objects' tests: the call is refused as {@link com.wuxiao.command.testing.Violations} match. */
    static void refused(ThrowingCallable call, Matcher<RuleViolation> violation) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                v -> MatcherAssert.assertThat(v, violation));
    }

    static InMemoryUserDirectory directory() {
        return new InMemoryUserDirectory()
                .unit("ZC1").unit("JJ2").unit("GH")
                .actor("w1", "ZC1", Role.WORKER)
                .actor("w2", "ZC1", Role.WORKER)
                .actor("w3", "JJ2", Role.WORKER)
                .actor("c1", "ZC1", Role.WORKER, Role.UNIT_COORDINATOR)
                .actor("c2", "JJ2", Role.WORKER, Role.UNIT_COORDINATOR)
                .actor("c3", "ZC1", Role.WORKER, Role.UNIT_COORDINATOR)
                .actor("leader", "GH", Role.UNION_LEADER)
                .reviewer("r1", "ZC1", PanelRole.TECH_EXPERT);
    }

    /**
     * Needs on {@link #T0}'s day, 2025-03-10: one open until that very day, one without a deadline but
     * closed, one whose deadline was the day before.
     */
    static InMemoryPublishedNeeds needs() {
        return new InMemoryPublishedNeeds()
                .with(new PublishedNeed("NEED-1", "皮带跑偏", "ZC1", LocalDate.of(2025, 3, 10), false))
                .with(new PublishedNeed("NEED-2", "粉尘超标", "JJ2", null, true))
                .with(new PublishedNeed("NEED-3", "泵站噪声", "JJ2", LocalDate.of(2025, 3, 9), false));
    }

    static InMemoryCompetitionYears years() {
        return new InMemoryCompetitionYears().with(year2025());
    }

    static YearConfig year2025() {
        YearConfig defaults = YearConfig.defaults(2025,
                List.of(new Category("JDYS", "机电运输"), new Category("TFAQ", "通风安全")));
        return new YearConfig(2025, defaults.categories(), Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                defaults.weights(), defaults.quotas(), defaults.rewards(), defaults.points(), defaults.deadlines(),
                defaults.commendationTopN());
    }

    static SubmitProposalCommand submit() {
        return new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null, T0);
    }

    static ProposalSubmittedEvent submitted() {
        return new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, null, 2025, 3, T0, ReviewDeadlines.defaults());
    }

    /** One author's part of the acceptance points of {@link #ID}, a proposal of ZC1. */
    static PointsEarnedEvent acceptancePoints(String workerId, String workerUnitId, int share, String points,
                                              Instant acceptedAt) {
        return new PointsEarnedEvent(ID, ID, "ZC1", workerId, workerUnitId, PointsReason.ACCEPTED, share,
                new BigDecimal(points), acceptedAt);
    }

    /**
     * The acceptance of a proposal by {@link #AUTHORS} and, right after it, what they earn by it in
     * 2025: 2 points (the default) × 60 / 100 = 1.20 and × 40 / 100 = 0.80.
     */
    static Object[] acceptedWithPoints(ProposalAcceptedEvent accepted) {
        return new Object[] {accepted, acceptancePoints("w1", "ZC1", 60, "1.20", accepted.acceptedAt()),
                acceptancePoints("w2", "ZC1", 40, "0.80", accepted.acceptedAt())};
    }

    /** An event as a process command left it: with the command's id in the meta-data. */
    static EventMessage<?> byProcess(Object event, String processCommandId) {
        return GenericEventMessage.asEventMessage(event)
                .andMetaData(MetaData.with(ProcessCommand.META_DATA_KEY, processCommandId));
    }

    /** Mutable stand-in for {@link ProposalContent}, to spoil one field per test. */
    static final class Draft {
        String title = "链条自动张紧装置";
        ProposalType type = ProposalType.INNOVATION;
        String categoryCode = "JDYS";
        String problem = "刮板输送机链条张紧靠人工目测。";
        String solution = "加装液压自动张紧装置并实时显示张力。";
        BigDecimal economicBenefit = new BigDecimal("50000.00");
        String safetyBenefit = "减少断链事故";
        BigDecimal materialCost = new BigDecimal("2000.5");

        ProposalContent toContent() {
            return new ProposalContent(title, type, categoryCode, problem, solution, economicBenefit, safetyBenefit,
                    materialCost);
        }
    }
}
