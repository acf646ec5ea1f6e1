package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.AcceptResultRequestCommand;
import com.wuxiao.command.catalogue.api.CatalogueLimits;
import com.wuxiao.command.catalogue.api.DeclineResultRequestCommand;
import com.wuxiao.command.catalogue.api.RequestResultCommand;
import com.wuxiao.command.catalogue.api.ResultRequestAcceptedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestDeclinedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestedEvent;
import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.Conversion;
import com.wuxiao.command.conversion.HandedOverResults;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.identity.Roles;
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

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit's request for an awarded result of the catalogue (成果库, product.md §8), id
 * {@link #idOf(String, String)}: PENDING until the union office accepts it, which starts the result's
 * handover to the unit ({@link Conversion}), or declines it with a reason, after which the unit may
 * request it again.
 *
 * <p>A promotion meeting's interest in a result the unit has requested already adds nothing: the
 * pending request stands (a meeting records many interests at once, and one already requested must
 * not fail them all). A direct request while one is pending is refused, so the owner learns it is.
 */
@Aggregate
public class ResultRequest {

    private static final String ID_PREFIX = "REQ-";

    enum Status { PENDING, ACCEPTED, DECLINED }

    @AggregateIdentifier
    private String requestId;
    private String proposalId;
    private String unitId;
    private String ownerId;
    private Status status;

    protected ResultRequest() {
        // for Axon: created by the first request, rebuilt from events
    }

    public static String idOf(String proposalId, String unitId) {
        return ID_PREFIX + proposalId + "-" + unitId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestResultCommand command, UserDirectory users, AwardedResults results,
                       HandedOverResults handovers) {
        Instant at = CommandInput.time(command.requestedAt());
        Actor requester = Roles.known(command.requestedBy(), users);
        boolean ownersOwn = command.meetingId() == null && requester.has(Role.PRODUCTION_OWNER)
                && requester.userId().equals(command.ownerId());
        if (!ownersOwn && !requester.has(Role.UNION_LEADER)) {
            throw RuleViolation.forbidden("not-requesting-owner");
        }
        CommandInput.requiredText(command.proposalId(), "proposalId", CatalogueLimits.TITLE_MAX, term("field.result"));
        CommandInput.requiredText(command.unitId(), "unitId", CatalogueLimits.TITLE_MAX, term("field.unit"));
        if (!idOf(command.proposalId(), command.unitId()).equals(command.requestId())) {
            throw RuleViolation.invalid("request-id-mismatch", "requestId");
        }
        Actor owner = command.ownerId() == null ? null : users.find(command.ownerId()).orElse(null);
        if (owner == null || !owner.has(Role.PRODUCTION_OWNER) || !command.unitId().equals(owner.unitId())) {
            throw RuleViolation.invalid("not-production-owner", "ownerId");
        }
        if (status == Status.ACCEPTED) {
            throw RuleViolation.conflict("request-accepted");
        }
        if (status == Status.PENDING) {
            if (command.meetingId() != null) {
                return;
            }
            throw RuleViolation.conflict("request-pending");
        }
        AwardedResult result = results.find(command.proposalId())
                .orElseThrow(() -> RuleViolation.conflict("not-awarded", term("action.be-requested")));
        if (handovers.handedOver(command.proposalId(), command.unitId())) {
            throw RuleViolation.conflict("already-handed-over");
        }
        String note = CommandInput.optionalText(command.note(), "note", CatalogueLimits.TEXT_MAX,
                term("field.request-note"));
        apply(new ResultRequestedEvent(command.requestId(), result.proposalId(), result.title(), result.unitId(),
                command.unitId(), command.ownerId(), note, command.meetingId(), command.requestedBy(), at));
    }

    /** Answers with the handover to send in the same transaction: the conversion checks the milestones. */
    @CommandHandler
    public HandOverResultCommand handle(AcceptResultRequestCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.acceptedAt());
        Roles.unionLeader(command.acceptedBy(), users, term("action.decide-result-requests"));
        requirePending();
        String conversionId = Conversion.idOf(proposalId, unitId);
        apply(new ResultRequestAcceptedEvent(requestId, proposalId, unitId, conversionId, command.acceptedBy(), at));
        return new HandOverResultCommand(conversionId, proposalId, unitId, ownerId, command.planned(),
                command.acceptedBy(), at);
    }

    @CommandHandler
    public void handle(DeclineResultRequestCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.declinedAt());
        Roles.unionLeader(command.declinedBy(), users, term("action.decide-result-requests"));
        requirePending();
        String reason = CommandInput.requiredText(command.reason(), "reason", CatalogueLimits.TEXT_MAX,
                term("field.request-decline-reason"));
        apply(new ResultRequestDeclinedEvent(requestId, proposalId, unitId, ownerId, reason, command.declinedBy(), at));
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw RuleViolation.conflict("request-not-pending");
        }
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ResultRequestedEvent event) {
        requestId = event.requestId();
        proposalId = event.proposalId();
        unitId = event.unitId();
        ownerId = event.ownerId();
        status = Status.PENDING;
    }

    @EventSourcingHandler
    void on(ResultRequestAcceptedEvent event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ResultRequestDeclinedEvent event) {
        status = Status.DECLINED;
    }
}
