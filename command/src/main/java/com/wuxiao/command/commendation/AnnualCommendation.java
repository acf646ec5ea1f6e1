package com.wuxiao.command.commendation;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.commendation.api.CommendationConfirmedEvent;
import com.wuxiao.command.commendation.api.ConferCraftsmanCommand;
import com.wuxiao.command.commendation.api.CraftsmanConferredEvent;
import com.wuxiao.command.commendation.api.CommendationDraftedEvent;
import com.wuxiao.command.commendation.api.Commendations;
import com.wuxiao.command.commendation.api.ConfirmCommendationCommand;
import com.wuxiao.command.commendation.api.DraftCommendationCommand;
import com.wuxiao.command.commendation.api.RecommendResultCommand;
import com.wuxiao.command.commendation.api.ResultRecommendedEvent;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.AwardedResults;
import com.wuxiao.command.proposal.api.AwardedResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A competition year's commendation (年度表彰): the 创新标兵 and 优秀组织单位 drafted from the year's
 * standings by the rules in {@link Selection}, confirmed by the union leader, and the results
 * recommended to the group's competition, and the 金牌工匠 conferred. Id {@link #idOf(int)}.
 */
@Aggregate
public class AnnualCommendation {

    static final int CITATION_MAX = 300;

    @AggregateIdentifier
    private String commendationId;
    private boolean drafted;
    private boolean confirmed;
    private final Set<String> recommended = new HashSet<>();
    private final Set<String> craftsmen = new HashSet<>();

    protected AnnualCommendation() {
        // for Axon: created by the first draft or recommendation, rebuilt from events
    }

    public static String idOf(int year) {
        return Commendations.idOf(year);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DraftCommendationCommand command, UserDirectory users, CompetitionYears years) {
        requireUnionLeader(command.draftedBy(), users);
        requireIdOf(command.commendationId(), command.year());
        if (confirmed) {
            throw RuleViolation.conflict("commendation-confirmed");
        }
        YearConfig config = years.find(command.year())
                .orElseThrow(() -> RuleViolation.invalid("year-not-configured", "year", command.year()));
        checkWorkers(command.workers());
        List<UnitStanding> units = withHeadcountsOfTheYear(command.units(), years.headcounts(command.year()));
        checkUnits(units);
        apply(new CommendationDraftedEvent(command.commendationId(), command.year(),
                Selection.workers(command.workers(), config.commendationTopN()), Selection.units(units),
                command.draftedBy(), requireTime(command.draftedAt())));
    }

    @CommandHandler
    public void handle(ConfirmCommendationCommand command, UserDirectory users) {
        requireUnionLeader(command.confirmedBy(), users);
        if (!drafted) {
            throw RuleViolation.conflict("not-drafted");
        }
        if (confirmed) {
            throw RuleViolation.conflict("commendation-confirmed");
        }
        apply(new CommendationConfirmedEvent(commendationId, Commendations.yearOf(commendationId), command.confirmedBy(),
                requireTime(command.confirmedAt())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecommendResultCommand command, UserDirectory users, AwardedResults results) {
        requireUnionLeader(command.recommendedBy(), users);
        requireIdOf(command.commendationId(), command.year());
        AwardedResult result = (command.proposalId() == null ? null
                : results.find(command.proposalId()).orElse(null));
        if (result == null) {
            throw RuleViolation.conflict("not-awarded", term("action.be-recommended"));
        }
        if (result.competitionYear() != command.year()) {
            throw RuleViolation.conflict("other-year", result.competitionYear(), command.year());
        }
        if (recommended.contains(command.proposalId())) {
            throw RuleViolation.conflict("already-recommended");
        }
        apply(new ResultRecommendedEvent(command.commendationId(), command.year(), result.proposalId(),
                result.title(), result.unitId(), result.grade(), command.note(), command.recommendedBy(),
                requireTime(command.recommendedAt())));
    }

    /** At any time of the year, drafted or not: an honour of its own, once per worker and year. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConferCraftsmanCommand command, UserDirectory users) {
        requireUnionLeader(command.conferredBy(), users);
        requireIdOf(command.commendationId(), command.year());
        Actor worker = command.workerId() == null ? null : users.find(command.workerId()).orElse(null);
        if (worker == null || !worker.has(Role.WORKER)) {
            throw RuleViolation.invalid("unknown-worker", "workerId", String.valueOf(command.workerId()));
        }
        if (craftsmen.contains(worker.userId())) {
            throw RuleViolation.conflict("already-conferred");
        }
        String citation = CommandInput.requiredText(command.citation(), "citation", CITATION_MAX,
                term("field.citation"));
        apply(new CraftsmanConferredEvent(command.commendationId(), command.year(), worker.userId(), worker.unitId(),
                citation, command.conferredBy(), requireTime(command.conferredAt())));
    }

    // --- rules ---------------------------------------------------------------------------------

    private static void requireUnionLeader(String userId, UserDirectory users) {
        Actor actor = (userId == null ? null : users.find(userId).orElse(null));
        if (actor == null || !actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-union-leader", term("action.handle-commendation"));
        }
    }

    private static void requireIdOf(String commendationId, int year) {
        if (!idOf(year).equals(commendationId)) {
            throw RuleViolation.invalid("year-mismatch", "year", term("field.commendation-id"), commendationId, year);
        }
    }

    private static Instant requireTime(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("the command carries no time");
        }
        return at;
    }

    private static void checkWorkers(List<WorkerStanding> workers) {
        if (workers == null) {
            throw RuleViolation.invalid("required", "workers", term("field.worker-standings"));
        }
        requireDistinct(workers, WorkerStanding::workerId, "workers");
        for (WorkerStanding worker : workers) {
            if (worker.points() == null || worker.points().signum() < 0) {
                throw RuleViolation.invalid("invalid-points", "workers", worker.workerId());
            }
        }
    }

    /**
     * The participation rate divides by the headcount the union office set for the year, read here
     * rather than taken from the standings: the read model they come from may not have caught up
     * with a headcount set a moment ago.
     */
    private static List<UnitStanding> withHeadcountsOfTheYear(List<UnitStanding> units, Map<String, Integer> headcounts) {
        if (units == null) {
            return null;
        }
        return units.stream().map(unit -> unit == null ? null : new UnitStanding(unit.unitId(),
                headcounts.getOrDefault(unit.unitId(), 0), unit.submitters(), unit.awards(), unit.adoptions())).toList();
    }

    private static void checkUnits(List<UnitStanding> units) {
        if (units == null) {
            throw RuleViolation.invalid("required", "units", term("field.unit-standings"));
        }
        requireDistinct(units, UnitStanding::unitId, "units");
        for (UnitStanding unit : units) {
            if (unit.headcount() < 1) {
                throw RuleViolation.invalid("headcount-missing", "units", unit.unitId());
            }
            if (unit.submitters() < 0 || unit.awards() < 0 || unit.adoptions() < 0) {
                throw RuleViolation.invalid("invalid-standing", "units", unit.unitId());
            }
        }
    }

    private static <T> void requireDistinct(List<T> standings, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (T standing : standings) {
            if (standing == null || id.apply(standing) == null || !seen.add(id.apply(standing))) {
                throw RuleViolation.invalid("duplicate-standing", field);
            }
        }
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(CommendationDraftedEvent event) {
        commendationId = event.commendationId();
        drafted = true;
    }

    @EventSourcingHandler
    void on(CommendationConfirmedEvent event) {
        confirmed = true;
    }

    @EventSourcingHandler
    void on(ResultRecommendedEvent event) {
        commendationId = event.commendationId();
        recommended.add(event.proposalId());
    }

    @EventSourcingHandler
    void on(CraftsmanConferredEvent event) {
        commendationId = event.commendationId();
        craftsmen.add(event.workerId());
    }
}
