package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;

/**
 * Nominating an awarded result for a patent (专利推进). Only the nomination is an endpoint: the
 * steps after it (prepare, file, office actions, the end) are tasks of the patent-promotion
 * process in Camunda Tasklist.
 */
@RestController
@RequestMapping("/api/patents")
@Tag(name = "专利推进 Patents", description = "推荐获奖成果申请专利 / nominate awarded results for patents")
public class PatentCommandController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public PatentCommandController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "推荐申请专利 / nominate a result for a patent",
            description = "工会办公室推荐一项获奖成果申请发明、实用新型或外观设计专利；每项成果一个案件 / "
                    + "the union office nominates an awarded result for an invention, utility model or design patent; "
                    + "one case per result")
    @ApiResponse(responseCode = "201", description = "nominated; Location names the patent case")
    @ApiResponse(responseCode = "400", description = "invalid input (problem+json names the field)")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "not an awarded result, or nominated already")
    public ResponseEntity<PatentCaseCreated> nominate(@Valid @RequestBody NominationRequest body,
                                                      @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        String patentId = PatentCase.idOf(body.proposalId());
        commandGateway.sendAndWait(new NominatePatentCommand(patentId, body.proposalId(), body.type(),
                principal.getName(), clock.instant()));
        URI location = UriComponentsBuilder.fromPath("/api/patents/{patentId}").buildAndExpand(patentId).encode().toUri();
        return ResponseEntity.created(location).body(new PatentCaseCreated(patentId));
    }
}
