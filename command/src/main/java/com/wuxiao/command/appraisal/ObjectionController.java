package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.util.UUID;

/** Any worker may object to a result while the round's ranking is in its publicity period. */
@RestController
@Tag(name = "季度评审 Quarterly appraisal")
public class ObjectionController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public ObjectionController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping("/api/appraisal-rounds/{roundId}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对公示结果提出异议 / object to a published result",
            description = "仅在公示期内 / only during the publicity period")
    @ApiResponse(responseCode = "201", description = "objection raised")
    @ApiResponse(responseCode = "409", description = "not in the publicity period, or the round is finalised")
    public ObjectionCreated object(@PathVariable String roundId, @Valid @RequestBody ObjectionRequest body,
                                   @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        String objectionId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RaiseObjectionCommand(roundId, objectionId, body.proposalId(),
                principal.getName(), body.reason(), clock.instant()));
        return new ObjectionCreated(objectionId);
    }
}
