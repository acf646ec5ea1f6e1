package com.wuxiao.infra.demo;

import com.wuxiao.command.attachment.AttachmentStore;
import com.wuxiao.command.attachment.UploadCheck;
import com.wuxiao.command.catalogue.ResultRequest;
import com.wuxiao.command.catalogue.api.AcceptResultRequestCommand;
import com.wuxiao.command.catalogue.api.DeclineResultRequestCommand;
import com.wuxiao.command.catalogue.api.MeetingInterest;
import com.wuxiao.command.catalogue.api.RecordMeetingInterestCommand;
import com.wuxiao.command.catalogue.api.RequestResultCommand;
import com.wuxiao.command.catalogue.api.ScheduleMeetingCommand;
import com.wuxiao.command.commendation.api.Commendations;
import com.wuxiao.command.commendation.api.ConferCraftsmanCommand;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.fund.InnovationFund;
import com.wuxiao.command.fund.api.SetFundBudgetCommand;
import com.wuxiao.command.fund.api.SubmitFundClaimCommand;
import com.wuxiao.command.need.api.CloseNeedCommand;
import com.wuxiao.command.need.api.PublishNeedCommand;
import com.wuxiao.command.payout.RewardPayouts;
import com.wuxiao.command.payout.api.ApprovePayoutBatchCommand;
import com.wuxiao.command.payout.api.CreatePayoutBatchCommand;
import com.wuxiao.command.payout.api.MarkPayoutBatchPaidCommand;
import com.wuxiao.command.proposal.AppraisalOutcomePolicy;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.infra.demo.DemoProgramme.Claim;
import com.wuxiao.infra.demo.DemoProgramme.ClaimFate;
import com.wuxiao.infra.demo.DemoProgramme.Need;
import com.wuxiao.infra.demo.DemoProgramme.Payout;
import com.wuxiao.infra.demo.DemoProgramme.Request;
import com.wuxiao.infra.demo.DemoProgramme.RequestFate;
import com.wuxiao.processes.conversion.ProductionConversion;
import com.wuxiao.processes.fund.FundClaimProcess;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;

/**
 * The programme around the rounds (ADR 0005's steps, planned in {@link DemoProgramme}): needs
 * published and closed, requests and the promotion meeting (an accepted request hands its result
 * over in place of the union office's push), the fund's budget, claims with a receipt each and their
 * decisions in Tasklist, each round's payout batch and 金牌工匠 after the commendation is drafted.
 */
final class ProgrammeSteps {

    private final DemoYearPlan plan;
    private final DemoProgramme programme;
    private final DemoEngine engine;
    private final CommandGateway commands;
    private final AttachmentStore attachments;
    private final UploadCheck uploads;
    private final Clock clock;
    private final DemoProgress progress;

    ProgrammeSteps(DemoYearPlan plan, DemoProgramme programme, DemoEngine engine, CommandGateway commands,
                   AttachmentStore attachments, UploadCheck uploads, Clock clock, DemoProgress progress) {
        this.plan = plan;
        this.programme = programme;
        this.engine = engine;
        this.commands = commands;
        this.attachments = attachments;
        this.uploads = uploads;
        this.clock = clock;
        this.progress = progress;
    }

    void addTo(DemoTimeline timeline) {
        int year = plan.year();
        timeline.at(beijing(year, 1, 6, 9, 0), "fund budget set", () -> commands.sendAndWait(new SetFundBudgetCommand(
                InnovationFund.idOf(year), year, programme.budgetFen(), DemoPeople.UNION_OFFICE, clock.instant())));
        for (Need need : programme.needs()) {
            timeline.at(need.publishedAt(), "need " + need.needId() + " published", () -> publish(need));
            if (need.closedAt() != null) {
                timeline.at(need.closedAt(), "need " + need.needId() + " closed", () -> commands.sendAndWait(
                        new CloseNeedCommand(need.needId(), need.solved(), "已有职工成果解决并投入使用", need.ownerId(),
                                clock.instant())));
            }
        }
        for (Request request : programme.requests()) {
            if (request.meetingId() == null) {
                timeline.at(request.requestedAt(), "result requested", () -> request(request));
            }
            if (request.fate() != RequestFate.PENDING) {
                timeline.at(request.decidedAt(), "request decided", () -> decide(request));
            }
        }
        DemoProgramme.Meeting meeting = programme.meeting();
        timeline.at(meeting.scheduledAt(), "promotion meeting scheduled", () -> schedule(meeting));
        timeline.at(meeting.recordedAt(), "meeting interest recorded", () -> recordInterest(meeting));
        for (Claim claim : programme.claims()) {
            timeline.at(claim.claimedAt(), "fund claim", () -> claim(claim));
            if (claim.decidedAt() != null) {
                timeline.at(claim.decidedAt(), "fund claim decided", () -> decide(claim));
            }
        }
        for (Payout payout : programme.payouts()) {
            payoutSteps(timeline, payout);
        }
        timeline.at(beijing(year, 12, 30, 16, 0), "金牌工匠 conferred", this::conferCraftsmen);
    }

    private void publish(Need need) {
        commands.sendAndWait(new PublishNeedCommand(need.needId(), need.title(), need.problem(), need.unitId(),
                need.categoryCode(), need.deadline(), need.rewardNote(), need.ownerId(), clock.instant()));
    }

    /** A request needs its result's award, which a policy records after the round. */
    private void request(Request request) {
        engine.awaitCaughtUp(AppraisalOutcomePolicy.PROCESSING_GROUP);
        commands.sendAndWait(new RequestResultCommand(ResultRequest.idOf(request.proposalId(), request.unitId()),
                request.proposalId(), request.unitId(), request.ownerId(), "本单位有同类工况，希望引进试用", null,
                request.ownerId(), clock.instant()));
    }

    /** A meeting presents awarded results: their awards must be recorded first. */
    private void schedule(DemoProgramme.Meeting meeting) {
        engine.awaitCaughtUp(AppraisalOutcomePolicy.PROCESSING_GROUP);
        commands.sendAndWait(new ScheduleMeetingCommand(meeting.meetingId(), meeting.title(), meeting.heldOn(),
                "矿部三楼会议室", meeting.proposalIds(), meeting.invitedOwnerIds(), DemoPeople.UNION_OFFICE,
                clock.instant()));
    }

    private void recordInterest(DemoProgramme.Meeting meeting) {
        engine.awaitCaughtUp(AppraisalOutcomePolicy.PROCESSING_GROUP);
        engine.inTransaction(() -> {
            List<RequestResultCommand> requests = commands.sendAndWait(new RecordMeetingInterestCommand(
                    meeting.meetingId(), meeting.interests().stream()
                    .map(i -> new MeetingInterest(i.ownerId(), i.proposalId(), null)).toList(),
                    DemoPeople.UNION_OFFICE, clock.instant()));
            requests.forEach(commands::sendAndWait);
        });
    }

    /** Accepted: the planned handover, with its milestones, in the acceptance's transaction (as the API does). */
    private void decide(Request request) {
        String requestId = ResultRequest.idOf(request.proposalId(), request.unitId());
        if (request.fate() == RequestFate.DECLINED) {
            commands.sendAndWait(new DeclineResultRequestCommand(requestId, "本单位近期无同类工作面，暂不引进",
                    DemoPeople.UNION_OFFICE, clock.instant()));
            return;
        }
        DemoYearPlan.Handover h = request.handover();
        engine.inTransaction(() -> {
            HandOverResultCommand handover = commands.sendAndWait(new AcceptResultRequestCommand(requestId,
                    new PlannedMilestones(h.plannedTrialStart(), h.plannedTrialEnd(), h.plannedDecision()),
                    DemoPeople.UNION_OFFICE, clock.instant()));
            commands.sendAndWait(handover);
        });
        engine.awaitTasks(List.of(ResultSteps.conversionId(h)), 1, ProductionConversion.Activity.START_TRIAL);
    }

    /** The receipt is stored with the claim in one transaction, as the API's upload does. */
    private void claim(Claim claim) {
        byte[] receipt = DemoReceipt.of(claim, DemoYearPlan.dayOf(claim.claimedAt()));
        engine.inTransaction(() -> {
            AttachmentRef stored = attachments.addToClaim(claim.claimId(), claim.claimantId(),
                    uploads.check("收据-" + claim.claimId() + ".pdf", receipt), clock.instant());
            commands.sendAndWait(new SubmitFundClaimCommand(InnovationFund.idOf(plan.year()), claim.claimId(),
                    claim.proposalId(), claim.claimantId(), claim.items(), List.of(stored), clock.instant()));
        });
        engine.awaitTasks(List.of(claim.claimId()), 1, FundClaimProcess.Activity.DECIDE);
    }

    private void decide(Claim claim) {
        Map<String, Object> variables = new HashMap<>();
        if (claim.fate() == ClaimFate.REFUSED) {
            variables.put(FundClaimProcess.Var.DECISION, FundClaimProcess.Decision.REFUSE);
            variables.put(FundClaimProcess.Var.REFUSAL_REASON, "租赁费用不属于本成果的试验范围");
        } else {
            variables.put(FundClaimProcess.Var.DECISION, FundClaimProcess.Decision.APPROVE);
            if (claim.fate() == ClaimFate.APPROVED_IN_PART) {
                variables.put(FundClaimProcess.Var.APPROVED_AMOUNT, claim.approvedFen() / 100.0);
                variables.put(FundClaimProcess.Var.DECISION_NOTE, "设备租赁费请走部门费用");
            }
        }
        engine.awaitTasks(List.of(claim.claimId()), 1, FundClaimProcess.Activity.DECIDE).keySet().forEach(task ->
                engine.complete(DemoPeople.UNION_OFFICE, task.getId(), variables));
    }

    private void payoutSteps(DemoTimeline timeline, Payout payout) {
        String payoutsId = RewardPayouts.idOf(plan.year());
        String roundId = plan.year() + "-Q" + payout.quarter();
        timeline.at(payout.madeAt(), "payout batch of " + roundId, () -> commands.sendAndWait(
                new CreatePayoutBatchCommand(payoutsId, plan.year(), payout.batchId(), roundId, null,
                        DemoPeople.UNION_OFFICE, clock.instant())));
        timeline.at(payout.approvedAt(), "payout batch approved", () -> commands.sendAndWait(
                new ApprovePayoutBatchCommand(payoutsId, payout.batchId(), DemoPeople.UNION_OFFICE, clock.instant())));
        if (payout.paidAt() != null) {
            timeline.at(payout.paidAt(), "payout batch paid", () -> commands.sendAndWait(new MarkPayoutBatchPaidCommand(
                    payoutsId, payout.batchId(), payout.reference(), DemoYearPlan.dayOf(payout.paidAt()),
                    DemoPeople.UNION_OFFICE, clock.instant())));
        }
    }

    private void conferCraftsmen() {
        for (DemoProgramme.Craftsman craftsman : programme.craftsmen()) {
            commands.sendAndWait(new ConferCraftsmanCommand(Commendations.idOf(plan.year()), plan.year(),
                    craftsman.workerId(), craftsman.citation(), DemoPeople.UNION_OFFICE, clock.instant()));
        }
        progress.info("{} needs, {} requests, {} fund claims, {} payout batches, {} 金牌工匠",
                programme.needs().size(), programme.requests().size(), programme.claims().size(),
                programme.payouts().size(), programme.craftsmen().size());
    }
}
