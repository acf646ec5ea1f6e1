package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.CatalogueLimits;
import com.wuxiao.command.catalogue.api.MeetingInterest;
import com.wuxiao.command.catalogue.api.MeetingInterestRecordedEvent;
import com.wuxiao.command.catalogue.api.MeetingScheduledEvent;
import com.wuxiao.command.catalogue.api.PresentedResult;
import com.wuxiao.command.catalogue.api.RecordMeetingInterestCommand;
import com.wuxiao.command.catalogue.api.RequestResultCommand;
import com.wuxiao.command.catalogue.api.ScheduleMeetingCommand;
import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.AwardedResults;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A promotion meeting (成果推介会, product.md §8): the union office presents awarded results to invited
 * production owners, and afterwards records who showed interest in what; each interest becomes a
 * {@link ResultRequest} of the owner's unit, sent by the caller with the answer of the recording.
 * The interest is recorded once: a meeting is over when its outcome is known.
 */
@Aggregate
public class PromotionMeeting {

    @AggregateIdentifier
    private String meetingId;
    private String title;
    private LocalDate heldOn;
    private final Set<String> proposalIds = new HashSet<>();
    private final Set<String> invitedOwnerIds = new HashSet<>();
    private boolean interestRecorded;

    protected PromotionMeeting() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public PromotionMeeting(ScheduleMeetingCommand command, UserDirectory users, AwardedResults results) {
        Instant at = CommandInput.time(command.scheduledAt());
        Roles.unionLeader(command.scheduledBy(), users, term("action.hold-promotion-meetings"));
        String title = CommandInput.requiredText(command.title(), "title", CatalogueLimits.TITLE_MAX,
                term("field.meeting-title"));
        if (command.heldOn() == null) {
            throw RuleViolation.invalid("required", "heldOn", term("field.meeting-day"));
        }
        if (command.heldOn().isBefore(CompetitionCalendar.dayOf(at))) {
            throw RuleViolation.invalid("meeting-in-past", "heldOn");
        }
        String place = CommandInput.optionalText(command.place(), "place", CatalogueLimits.TITLE_MAX,
                term("field.meeting-place"));
        List<PresentedResult> presented = new ArrayList<>();
        for (String proposalId : distinct(command.proposalIds(), "proposalIds",
                term("field.meeting-results"), CatalogueLimits.MEETING_RESULTS_MAX)) {
            presented.add(results.find(proposalId)
                    .map(r -> new PresentedResult(r.proposalId(), r.title(), r.unitId()))
                    .orElseThrow(() -> RuleViolation.invalid("not-awarded-result", "proposalIds", proposalId)));
        }
        List<String> owners = distinct(command.invitedOwnerIds(), "invitedOwnerIds",
                term("field.meeting-owners"), CatalogueLimits.MEETING_OWNERS_MAX);
        for (String ownerId : owners) {
            if (!users.find(ownerId).map(a -> a.has(Role.PRODUCTION_OWNER)).orElse(false)) {
                throw RuleViolation.invalid("not-an-owner", "invitedOwnerIds", ownerId);
            }
        }
        apply(new MeetingScheduledEvent(command.meetingId(), title, command.heldOn(), place, presented, owners,
                command.scheduledBy(), at));
    }

    /** Answers with the requests the interests become (one per owner and result). */
    @CommandHandler
    public List<RequestResultCommand> handle(RecordMeetingInterestCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.recordedAt());
        Roles.unionLeader(command.recordedBy(), users, term("action.hold-promotion-meetings"));
        if (interestRecorded) {
            throw RuleViolation.conflict("interest-recorded");
        }
        if (CompetitionCalendar.dayOf(at).isBefore(heldOn)) {
            throw RuleViolation.conflict("meeting-not-held", heldOn);
        }
        Set<MeetingInterest> interests = new LinkedHashSet<>();
        for (MeetingInterest interest : command.interests()) {
            if (interest == null || !invitedOwnerIds.contains(interest.ownerId())) {
                throw RuleViolation.invalid("not-invited", "interests", interest == null ? "" : interest.ownerId());
            }
            if (!proposalIds.contains(interest.proposalId())) {
                throw RuleViolation.invalid("not-presented", "interests", interest.proposalId());
            }
            Actor owner = users.find(interest.ownerId())
                    .orElseThrow(() -> RuleViolation.invalid("not-an-owner", "interests", interest.ownerId()));
            interests.add(new MeetingInterest(owner.userId(), interest.proposalId(), owner.unitId()));
        }
        List<MeetingInterest> recorded = List.copyOf(interests);
        apply(new MeetingInterestRecordedEvent(meetingId, recorded, command.recordedBy(), at));
        return recorded.stream()
                .map(i -> new RequestResultCommand(ResultRequest.idOf(i.proposalId(), i.unitId()), i.proposalId(),
                        i.unitId(), i.ownerId(), title, meetingId, command.recordedBy(), at))
                .toList();
    }

    /** Ids without blanks or repeats, at least one and at most {@code max}. */
    private static List<String> distinct(List<String> ids, String field, RuleViolation.Term label, int max) {
        if (ids.isEmpty()) {
            throw RuleViolation.invalid("required", field, label);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank() || !seen.add(id.strip())) {
                throw RuleViolation.invalid("bad-id-list", field, label);
            }
        }
        if (seen.size() > max) {
            throw RuleViolation.invalid("too-many", field, label, max);
        }
        return List.copyOf(seen);
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
        title = event.title();
        heldOn = event.heldOn();
        event.results().forEach(r -> proposalIds.add(r.proposalId()));
        invitedOwnerIds.addAll(event.invitedOwnerIds());
    }

    @EventSourcingHandler
    void on(MeetingInterestRecordedEvent event) {
        interestRecorded = true;
    }
}
