package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.common.SnapshotState;
import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The objections raised against a round's published results (公示异议), and which are undecided. A
 * member of {@link AppraisalRound}, which checks the publicity period and applies the events.
 */
@SnapshotState
final class RoundObjections {

    /** Objection id → proposal id, of every objection raised. */
    private final Map<String, String> proposalOf = new HashMap<>();
    private final Set<String> undecided = new HashSet<>();

    /** Objection ids come from the caller (a random id per request), so a repeat is caught here. */
    void requireNew(String objectionId) {
        if (AppraisalInput.isBlank(objectionId)) {
            throw RuleViolation.invalid("required", "objectionId", term("field.objection-id"));
        }
        if (proposalOf.containsKey(objectionId)) {
            throw RuleViolation.conflict("duplicate-objection");
        }
    }

    /** The proposal the objection is against, if the objection is raised and still undecided. */
    String requireUndecided(String objectionId) {
        String proposalId = objectionId == null ? null : proposalOf.get(objectionId);
        if (proposalId == null) {
            throw RuleViolation.notFound("unknown-objection");
        }
        if (!undecided.contains(objectionId)) {
            throw RuleViolation.conflict("objection-already-decided");
        }
        return proposalId;
    }

    /** The round is finalised only once every objection is decided. */
    void requireAllDecided() {
        if (!undecided.isEmpty()) {
            throw RuleViolation.conflict("undecided-objections", undecided.size());
        }
    }

    @EventSourcingHandler
    void on(ObjectionRaisedEvent event) {
        proposalOf.put(event.objectionId(), event.proposalId());
        undecided.add(event.objectionId());
    }

    @EventSourcingHandler
    void on(ObjectionUpheldEvent event) {
        undecided.remove(event.objectionId());
    }

    @EventSourcingHandler
    void on(ObjectionDeniedEvent event) {
        undecided.remove(event.objectionId());
    }
}
