package com.wuxiao.command.conversion;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.CorrectBenefitReportCommand;
import com.wuxiao.command.conversion.api.GiveAdoptionFeedbackCommand;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;

/**
 * Handing an awarded result over to a production unit (成果转化). Only turns the request into a
 * command: the union leader is the logged-in user, time comes from the clock, the rules are the
 * aggregate's. The steps after the handover are Tasklist tasks of the production-conversion process;
 * feedback on a result in use comes whenever the adopter has some.
 */
@RestController
@RequestMapping("/api/conversions")
@Tag(name = "成果转化 Conversion", description = "移交获奖成果至生产单位 / hand awarded results over to production")
public class ConversionCommandController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public ConversionCommandController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "移交成果 / hand a result over",
            description = "工会办公室将获奖成果移交给接收单位，指定生产部门负责人和计划日期 / the union office hands an "
                    + "awarded result over to a receiving unit with its production owner and planned milestones")
    @ApiResponse(responseCode = "201", description = "handed over; Location names the new conversion")
    @ApiResponse(responseCode = "400", description = "invalid input: unknown unit, owner not of that unit, dates out of order")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "not an awarded result, or handed over to this unit already")
    public ResponseEntity<ConversionCreated> handOver(@Valid @RequestBody HandOverRequest body,
                                                      @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        String conversionId = Conversion.idOf(body.proposalId(), body.receivingUnitId());
        commandGateway.sendAndWait(new HandOverResultCommand(conversionId, body.proposalId(), body.receivingUnitId(),
                body.ownerId(), body.planned().milestones(), principal.getName(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/conversions/" + conversionId))
                .body(new ConversionCreated(conversionId));
    }

    @PostMapping("/{conversionId}/feedback")
    @Operation(summary = "使用反馈 / give feedback on a result in use",
            description = "采纳单位的负责人（或工会办公室）反馈使用效果和改进 / the adopting unit's owner (or the union "
                    + "office) tells what worked and what was changed")
    @ApiResponse(responseCode = "204", description = "recorded")
    @ApiResponse(responseCode = "400", description = "no text of what worked")
    @ApiResponse(responseCode = "403", description = "not the conversion's owner nor the union office")
    @ApiResponse(responseCode = "409", description = "the result is not adopted by the unit")
    public ResponseEntity<Void> feedback(@PathVariable String conversionId, @Valid @RequestBody FeedbackRequest body,
                                         @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new GiveAdoptionFeedbackCommand(conversionId, body.worked(), body.changed(),
                Login.userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{conversionId}/benefit-reports/{months}")
    @Operation(summary = "更正效益报告 / correct a benefit report",
            description = "工会办公室更正已提交的 3 个月或 12 个月效益报告，须说明原因 / the union office corrects the figures "
                    + "of a 3- or 12-month benefit report already made, with a reason")
    @ApiResponse(responseCode = "204", description = "corrected")
    @ApiResponse(responseCode = "400", description = "invalid figures or no reason")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "404", description = "no such conversion")
    @ApiResponse(responseCode = "409", description = "no such report to correct")
    public ResponseEntity<Void> correctBenefit(@PathVariable String conversionId, @PathVariable int months,
                                               @Valid @RequestBody BenefitCorrectionRequest body,
                                               @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        commandGateway.sendAndWait(new CorrectBenefitReportCommand(conversionId, months, body.cnySavedPerYear(),
                body.safetyIncidentsAvoided(), body.hoursSaved(), body.reason(), principal.getName(), clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
