package com.wuxiao.query.audit;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.AdoptionFeedbackGivenEvent;
import com.wuxiao.command.conversion.api.BenefitReportCorrectedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentRejectedEvent;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.command.proposal.api.AttachmentAddedEvent;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.query.audit.api.AuditEntry;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Who acted, per event type: the name of the payload field that holds the acting user's id. The
 * events name it as their command did (submitterId, screenerId, scorerId, decidedBy, recordedBy, …),
 * and some hold other people's ids too (ownerId, workerId, mentorId), so no naming rule can tell;
 * an explicit table can, and {@code AuditActorsTest} fails when an event type of the four aggregates
 * is in neither list.
 * <p>
 * {@link #BY_SYSTEM} are the events no person caused: timers (escalation, overdue steps), policies
 * (the appraisal outcome on a proposal, re-reviews, publicity) and what the aggregate derives from
 * another event in the same command (points, rewards). A listed field that is empty (a returned
 * proposal withdrawn because it was not revised in time) also reads as the system.
 */
final class AuditActors {

    static final Map<Class<?>, String> ACTOR_FIELDS = Map.ofEntries(
            // proposal
            entry(ProposalSubmittedEvent.class, "submitterId"),
            entry(ProposalRevisedEvent.class, "revisorId"),
            entry(ProposalAcceptedEvent.class, "screenerId"),
            entry(ProposalReturnedEvent.class, "screenerId"),
            entry(ProposalRejectedEvent.class, "screenerId"),
            entry(ProposalWithdrawnEvent.class, "actorId"),
            entry(AttachmentAddedEvent.class, "actorId"),
            // appraisal round
            entry(AppraisalRoundOpenedEvent.class, "openedBy"),
            entry(PanelNamedEvent.class, "namedBy"),
            entry(ScorersAssignedEvent.class, "assignedBy"),
            entry(ScoreRecordedEvent.class, "scorerId"),
            entry(ConsensusScoreRecordedEvent.class, "recordedBy"),
            entry(RoundRankedEvent.class, "rankedBy"),
            entry(RankingApprovedEvent.class, "approvedBy"),
            entry(ObjectionRaisedEvent.class, "objectorId"),
            entry(ObjectionUpheldEvent.class, "decidedBy"),
            entry(ObjectionDeniedEvent.class, "decidedBy"),
            entry(RoundFinalisedEvent.class, "finalisedBy"),
            // patent case
            entry(PatentNominatedEvent.class, "nominatedBy"),
            entry(PatentApplicationPreparedEvent.class, "preparedBy"),
            entry(PatentFiledEvent.class, "recordedBy"),
            entry(OfficeActionRecordedEvent.class, "recordedBy"),
            entry(OfficeActionAnsweredEvent.class, "recordedBy"),
            entry(PatentGrantedEvent.class, "recordedBy"),
            entry(PatentRejectedEvent.class, "recordedBy"),
            entry(PatentAbandonedEvent.class, "recordedBy"),
            // conversion
            entry(ResultHandedOverEvent.class, "handedOverBy"),
            entry(TrialStartedEvent.class, "recordedBy"),
            entry(TrialEndedEvent.class, "recordedBy"),
            entry(ResultAdoptedEvent.class, "decidedBy"),
            entry(AdoptionDeclinedEvent.class, "decidedBy"),
            entry(BenefitReportedEvent.class, "reportedBy"),
            entry(BenefitReportCorrectedEvent.class, "correctedBy"),
            entry(AdoptionFeedbackGivenEvent.class, "givenBy"));

    static final Set<Class<?>> BY_SYSTEM = Set.of(
            ScreeningEscalatedEvent.class, ProposalAppraisedEvent.class, PointsEarnedEvent.class,
            ReReviewRequiredEvent.class, PublicityStartedEvent.class, PointsAwardedEvent.class,
            RewardGrantedEvent.class, PatentStepOverdueEvent.class, ConversionMilestoneOverdueEvent.class);

    private AuditActors() {
    }

    /** The acting user's id, or {@link AuditEntry#SYSTEM}; an unlisted type reads as the system too. */
    static String actorOf(Object payload) {
        String field = ACTOR_FIELDS.get(payload.getClass());
        if (field == null) {
            return AuditEntry.SYSTEM;
        }
        Object value = AuditChanges.componentValue(payload, component(payload.getClass(), field));
        return value instanceof String id && !id.isBlank() ? id : AuditEntry.SYSTEM;
    }

    static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no field " + name);
    }
}
