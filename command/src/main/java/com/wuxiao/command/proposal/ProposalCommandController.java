package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.ReviseProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Declaring, revising and withdrawing proposals. Only turns requests into commands: the acting
 * user is the logged-in one, time comes from the clock, the rules are the aggregate's. Screening
 * happens in Camunda Tasklist, not here.
 */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "申报 Proposals", description = "申报、修改、撤回 / declare, revise and withdraw proposals")
public class ProposalCommandController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public ProposalCommandController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "月度申报 / declare a proposal",
            description = "申报人须是作者之一，以本人所在单位申报 / the submitter is one of the authors and declares for their own unit")
    @ApiResponse(responseCode = "201", description = "declared; Location names the new proposal")
    @ApiResponse(responseCode = "400", description = "invalid input (problem+json names the field)")
    @ApiResponse(responseCode = "403", description = "not a worker, or not one of the authors")
    @ApiResponse(responseCode = "409", description = "the year is not configured or the month is not a declaration month")
    public ResponseEntity<ProposalCreated> submit(@Valid @RequestBody ProposalRequest body,
                                                  @Parameter(hidden = true) Principal principal) {
        String proposalId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(Declarations.submitCommand(proposalId, userId(principal), body, List.of(),
                clock.instant()));
        return ResponseEntity.created(URI.create("/api/proposals/" + proposalId)).body(new ProposalCreated(proposalId));
    }

    @PutMapping("/{proposalId}")
    @Operation(summary = "修改退回的申报 / revise a returned proposal",
            description = "basedOnRevision 须为当前版本 / basedOnRevision must be the current revision")
    @ApiResponse(responseCode = "204", description = "revised and resubmitted")
    @ApiResponse(responseCode = "403", description = "not an author")
    @ApiResponse(responseCode = "409", description = "not returned, or basedOnRevision is stale")
    public ResponseEntity<Void> revise(@PathVariable String proposalId, @Validated({Default.class, ProposalRequest.Revision.class}) @RequestBody ProposalRequest body,
                                       @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new ReviseProposalCommand(proposalId, userId(principal), body.basedOnRevision(),
                body.content(), AuthorRequest.toAuthors(body.authors()), Declarations.blankToNull(body.mentorId()),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{proposalId}/withdraw")
    @Operation(summary = "撤回申报 / withdraw a proposal",
            description = "作者可撤回已申报或退回修改的申报 / an author withdraws a submitted or returned proposal")
    @ApiResponse(responseCode = "204", description = "withdrawn")
    @ApiResponse(responseCode = "403", description = "not an author")
    @ApiResponse(responseCode = "409", description = "already screened or withdrawn")
    public ResponseEntity<Void> withdraw(@PathVariable String proposalId,
                                         @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new WithdrawProposalCommand(proposalId, userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    private static String userId(Principal principal) {
        Login.userId(principal);
        return principal.getName();
    }
}
