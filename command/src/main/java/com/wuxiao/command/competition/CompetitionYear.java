package com.wuxiao.command.competition;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.SetUnitHeadcountsCommand;
import com.wuxiao.command.competition.api.UnitHeadcountsSetEvent;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The rules of one competition year (categories, declaration months, weights, quotas, rewards,
 * points, deadlines), set and changed by the union office. The aggregate id is the year.
 */
@Aggregate
public class CompetitionYear {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int PERCENT = 100;
    static final int MAX_SCORE = 100;
    static final int MAX_HEADCOUNT = 1_000_000;
    /** ¥1,000,000 per award: far above any real reward, and far enough from overflow that sums stay exact. */
    static final long MAX_REWARD_FEN = 100_000_000L;
    /** A deadline beyond a year is a typing error, and a huge one would overflow the timers' dates. */
    static final Duration MAX_DEADLINE = Duration.ofDays(365);

    @AggregateIdentifier
    private String yearId;
    private YearConfig config;
    private Map<String, Integer> headcounts = Map.of();

    protected CompetitionYear() {
        // for Axon: created by the first configuration, rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConfigureCompetitionYearCommand command, UserDirectory users) {
        requireUnionLeader(command.configuredBy(), users);
        YearConfig proposed = command.config();
        if (proposed == null) {
            throw RuleViolation.invalid("required", "config", term("field.config"));
        }
        checkYear(command.yearId(), proposed.year());
        checkCategories(proposed.categories());
        checkDeclarationMonths(proposed.declarationMonths());
        AppraisalNumbers.checkWeights(proposed.weights());
        AppraisalNumbers.checkQuotas(proposed.quotas());
        AppraisalNumbers.checkRewards(proposed.rewards());
        AppraisalNumbers.checkPoints(proposed.points());
        checkDeadlines(proposed.deadlines());
        AppraisalNumbers.checkCommendationTopN(proposed.commendationTopN());
        if (proposed.equals(config)) {
            return; // configuring the same rules again records nothing
        }
        apply(new CompetitionYearConfiguredEvent(command.yearId(), proposed, command.configuredBy(),
                command.configuredAt()));
    }

    /** Only for a configured year (the command names an existing aggregate). */
    @CommandHandler
    public void handle(SetUnitHeadcountsCommand command, UserDirectory users) {
        requireUnionLeader(command.setBy(), users);
        Map<String, Integer> proposed = command.headcounts();
        if (proposed == null || proposed.isEmpty()) {
            throw RuleViolation.invalid("required", "headcounts", term("field.headcounts"));
        }
        for (Map.Entry<String, Integer> unit : proposed.entrySet()) {
            if (unit.getKey() == null || !users.unitExists(unit.getKey())) {
                throw RuleViolation.invalid("unknown-unit", "headcounts", unit.getKey());
            }
            if (unit.getValue() == null || unit.getValue() < 1 || unit.getValue() > MAX_HEADCOUNT) {
                throw RuleViolation.invalid("invalid-headcount", "headcounts", unit.getKey(), MAX_HEADCOUNT);
            }
        }
        if (proposed.equals(headcounts)) {
            return; // the same headcounts again record nothing
        }
        apply(new UnitHeadcountsSetEvent(yearId, proposed, command.setBy(), command.setAt()));
    }

    /** The year's rules, for {@link EventSourcedCompetitionYears}. */
    YearConfig config() {
        return config;
    }

    Map<String, Integer> headcounts() {
        return headcounts;
    }

    // --- rules ---------------------------------------------------------------------------------

    private static void requireUnionLeader(String userId, UserDirectory users) {
        Actor actor = (userId == null ? null : users.find(userId).orElse(null));
        if (actor == null) {
            throw RuleViolation.forbidden("unknown-user");
        }
        if (!actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader", term("action.configure-year"));
        }
    }

    private static void checkYear(String yearId, int year) {
        if (!String.valueOf(year).equals(yearId)) {
            throw RuleViolation.invalid("year-mismatch", "year", term("field.configured-year"), year, yearId);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolation.invalid("year-out-of-range", "year", FIRST_YEAR, LAST_YEAR);
        }
    }

    private static void checkCategories(List<Category> categories) {
        if (categories == null || categories.isEmpty()) {
            throw RuleViolation.invalid("required", "categories", term("field.categories"));
        }
        Set<String> codes = new HashSet<>();
        for (Category category : categories) {
            if (category == null || isBlank(category.code()) || isBlank(category.name())) {
                throw RuleViolation.invalid("blank-category", "categories");
            }
            if (!codes.add(category.code())) {
                throw RuleViolation.invalid("duplicate-category", "categories", category.code());
            }
        }
    }

    private static void checkDeclarationMonths(Set<Integer> months) {
        if (months == null || months.isEmpty()) {
            throw RuleViolation.invalid("required", "declarationMonths", term("field.declaration-months"));
        }
        if (months.stream().anyMatch(m -> m == null || m < 1 || m > 12)) {
            throw RuleViolation.invalid("invalid-month", "declarationMonths");
        }
    }

    private static void checkDeadlines(ReviewDeadlines deadlines) {
        AppraisalNumbers.requirePresent(deadlines, "deadlines", term("field.deadlines"));
        if (Stream.of(deadlines.screeningEscalation(), deadlines.revisionWindow(), deadlines.publicity())
                .anyMatch(d -> d == null || d.isNegative() || d.isZero() || d.compareTo(MAX_DEADLINE) > 0)) {
            throw RuleViolation.invalid("invalid-deadline", "deadlines");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(CompetitionYearConfiguredEvent event) {
        yearId = event.yearId();
        config = event.config();
    }

    @EventSourcingHandler
    void on(UnitHeadcountsSetEvent event) {
        headcounts = event.headcounts();
    }
}
