package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.AcceptResultRequestCommand;
import com.wuxiao.command.catalogue.api.DeclineResultRequestCommand;
import com.wuxiao.command.catalogue.api.RecordMeetingInterestCommand;
import com.wuxiao.command.catalogue.api.RequestResultCommand;
import com.wuxiao.command.catalogue.api.ScheduleMeetingCommand;
import com.wuxiao.command.common.OneTransaction;
import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.conversion.HandOverRequest;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The pull side of conversion (成果库 + 推介会): an owner requests a result, the union office accepts
 * (the handover starts in the same transaction) or declines; promotion meetings and the requests
 * their interest becomes. Only turns requests into commands; the aggregates hold the rules.
 */
@RestController
@Tag(name = "成果库 Results catalogue", description = "成果申请、推介会 / result requests and promotion meetings")
public class CatalogueCommandController {

    private final CommandGateway commandGateway;
    private final OneTransaction oneTransaction;
    private final UserDirectory users;
    private final Clock clock;

    public CatalogueCommandController(CommandGateway commandGateway, OneTransaction oneTransaction,
                                      UserDirectory users, Clock clock) {
        this.commandGateway = commandGateway;
        this.oneTransaction = oneTransaction;
        this.users = users;
        this.clock = clock;
    }

    @PostMapping("/api/result-requests")
    @Operation(summary = "申请成果 / request a result",
            description = "生产部门负责人为本单位申请获奖成果，由工会办公室受理 / a production owner requests an awarded "
                    + "result for their unit; the union office decides")
    @ApiResponse(responseCode = "201", description = "requested; Location names the request")
    @ApiResponse(responseCode = "400", description = "the caller is not a production owner")
    @ApiResponse(responseCode = "409", description = "not an awarded result, or requested or accepted already")
    public ResponseEntity<CatalogueCreated.Request> request(@Valid @RequestBody ResultRequestBody body,
                                                            @Parameter(hidden = true) Principal principal) {
        String userId = Login.userId(principal);
        String unitId = users.find(userId).map(Actor::unitId).orElse("");
        String requestId = ResultRequest.idOf(body.proposalId(), unitId);
        commandGateway.sendAndWait(new RequestResultCommand(requestId, body.proposalId(), unitId, userId, body.note(),
                null, userId, clock.instant()));
        return ResponseEntity.created(URI.create("/api/result-requests/" + requestId))
                .body(new CatalogueCreated.Request(requestId));
    }

    @PostMapping("/api/result-requests/{requestId}/acceptance")
    @Operation(summary = "受理申请 / accept a request",
            description = "受理即向申请单位移交成果（成果转化），负责人为申请人 / accepting hands the result over to the "
                    + "requesting unit with the requesting owner")
    @ApiResponse(responseCode = "201", description = "accepted and handed over; Location names the conversion")
    @ApiResponse(responseCode = "400", description = "planned dates missing or out of order")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "decided already, or the result was handed over to the unit")
    public ResponseEntity<CatalogueCreated.Handover> accept(@PathVariable String requestId,
                                                            @Valid @RequestBody HandOverRequest.Planned planned,
                                                            @Parameter(hidden = true) Principal principal) {
        String userId = Login.userId(principal);
        Instant now = clock.instant();
        String conversionId = oneTransaction.run(() -> {
            HandOverResultCommand handover = commandGateway.sendAndWait(
                    new AcceptResultRequestCommand(requestId, planned.milestones(), userId, now));
            commandGateway.sendAndWait(handover);
            return handover.conversionId();
        });
        return ResponseEntity.created(URI.create("/api/conversions/" + conversionId))
                .body(new CatalogueCreated.Handover(conversionId));
    }

    @PostMapping("/api/result-requests/{requestId}/decline")
    @Operation(summary = "不受理申请 / decline a request", description = "须说明原因 / with a reason")
    @ApiResponse(responseCode = "204", description = "declined")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "decided already")
    public ResponseEntity<Void> decline(@PathVariable String requestId, @Valid @RequestBody DeclineBody body,
                                        @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new DeclineResultRequestCommand(requestId, body.reason(), Login.userId(principal),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/promotion-meetings")
    @Operation(summary = "安排推介会 / schedule a promotion meeting",
            description = "工会办公室向受邀生产部门负责人推介获奖成果 / the union office presents awarded results to "
                    + "invited production owners")
    @ApiResponse(responseCode = "201", description = "scheduled; Location names the meeting")
    @ApiResponse(responseCode = "400", description = "invalid input: a result not awarded, someone not an owner")
    @ApiResponse(responseCode = "403", description = "not the union office")
    public ResponseEntity<CatalogueCreated.Meeting> schedule(@Valid @RequestBody MeetingBody body,
                                                             @Parameter(hidden = true) Principal principal) {
        String meetingId = "MEET-" + UUID.randomUUID();
        commandGateway.sendAndWait(new ScheduleMeetingCommand(meetingId, body.title(), body.heldOn(), body.place(),
                body.proposalIds(), body.invitedOwnerIds(), Login.userId(principal), clock.instant()));
        return ResponseEntity.created(URI.create("/api/promotion-meetings/" + meetingId))
                .body(new CatalogueCreated.Meeting(meetingId));
    }

    @PostMapping("/api/promotion-meetings/{meetingId}/interest")
    @Operation(summary = "登记推介会意向 / record a meeting's interest",
            description = "每条意向成为该负责人单位的成果申请 / each interest becomes a request of the owner's unit")
    @ApiResponse(responseCode = "200", description = "recorded; the requests it made (a result the unit had "
            + "requested already keeps its request)")
    @ApiResponse(responseCode = "400", description = "an owner not invited or a result not presented")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "before the meeting, or recorded already")
    public CatalogueCreated.Requests recordInterest(@PathVariable String meetingId,
                                                    @Valid @RequestBody InterestBody body,
                                                    @Parameter(hidden = true) Principal principal) {
        String userId = Login.userId(principal);
        Instant now = clock.instant();
        return oneTransaction.run(() -> {
            List<RequestResultCommand> requests = commandGateway.sendAndWait(
                    new RecordMeetingInterestCommand(meetingId, body.toInterests(), userId, now));
            requests.forEach(commandGateway::sendAndWait);
            return new CatalogueCreated.Requests(requests.stream().map(RequestResultCommand::requestId).toList());
        });
    }
}
