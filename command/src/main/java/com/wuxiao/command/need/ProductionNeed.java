package com.wuxiao.command.need;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.need.api.CloseNeedCommand;
import com.wuxiao.command.need.api.NeedClosedEvent;
import com.wuxiao.command.need.api.NeedLimits;
import com.wuxiao.command.need.api.NeedPublishedEvent;
import com.wuxiao.command.need.api.PublishNeedCommand;
import com.wuxiao.command.need.api.PublishedNeed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A production need (生产需求 / 难题, product.md §8): published by a production owner for their unit
 * or by the union office for any unit, answered by declarations ({@code ProposalSubmittedEvent}'s
 * need) while open and not past its deadline, closed by its unit's owner or the union office.
 *
 * <p>The need does not list its answers: a declaration names the need it answers and asks
 * {@link PublishedNeeds} whether it may; the read model joins them.
 */
@Aggregate
public class ProductionNeed {

    @AggregateIdentifier
    private String needId;
    private String title;
    private String unitId;
    private LocalDate deadline;
    private boolean closed;

    protected ProductionNeed() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public ProductionNeed(PublishNeedCommand command, UserDirectory users, CompetitionYears years) {
        Instant at = CommandInput.time(command.publishedAt());
        String unit = CommandInput.requiredText(command.unitId(), "unitId", NeedLimits.TITLE_MAX, term("field.unit"));
        requireUnitsOwnerOrLeader(command.publishedBy(), unit, users);
        if (!users.unitExists(unit)) {
            throw RuleViolation.invalid("unknown-unit", "unitId", unit);
        }
        String title = CommandInput.requiredText(command.title(), "title", NeedLimits.TITLE_MAX, term("field.title"));
        String problem = CommandInput.requiredText(command.problem(), "problem", NeedLimits.PROBLEM_MAX,
                term("field.problem"));
        LocalDate today = CompetitionCalendar.dayOf(at);
        String category = CommandInput.requiredText(command.categoryCode(), "categoryCode", NeedLimits.TITLE_MAX,
                term("field.category"));
        if (!years.require(today.getYear()).hasCategory(category)) {
            throw RuleViolation.invalid("unknown-category", "categoryCode", today.getYear(), category);
        }
        if (command.deadline() != null && command.deadline().isBefore(today)) {
            throw RuleViolation.invalid("deadline-past", "deadline");
        }
        String rewardNote = CommandInput.optionalText(command.rewardNote(), "rewardNote", NeedLimits.NOTE_MAX,
                term("field.reward-note"));
        apply(new NeedPublishedEvent(command.needId(), title, problem, unit, category, command.deadline(), rewardNote,
                command.publishedBy(), at));
    }

    @CommandHandler
    public void handle(CloseNeedCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.closedAt());
        requireUnitsOwnerOrLeader(command.closedBy(), unitId, users);
        if (closed) {
            throw RuleViolation.conflict("need-closed");
        }
        String note = CommandInput.optionalText(command.note(), "note", NeedLimits.NOTE_MAX, term("field.need-note"));
        apply(new NeedClosedEvent(needId, unitId, command.solved(), note, command.closedBy(), at));
    }

    /** The union office, or a production owner of the need's unit. */
    private static void requireUnitsOwnerOrLeader(String userId, String unitId, UserDirectory users) {
        Actor actor = Roles.known(userId, users);
        boolean unitsOwner = actor.has(Role.PRODUCTION_OWNER) && actor.unitId().equals(unitId);
        if (!unitsOwner && !actor.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-needs-owner");
        }
    }

    PublishedNeed published() {
        return new PublishedNeed(needId, title, unitId, deadline, closed);
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(NeedPublishedEvent event) {
        needId = event.needId();
        title = event.title();
        unitId = event.unitId();
        deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(NeedClosedEvent event) {
        closed = true;
    }
}
