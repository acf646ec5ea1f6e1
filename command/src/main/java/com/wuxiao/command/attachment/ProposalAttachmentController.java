package com.wuxiao.command.attachment;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.AddAttachmentCommand;
import com.wuxiao.command.proposal.api.AttachmentRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * An author attaches a file to a declared proposal. The bytes are stored and the aggregate is asked
 * in one transaction: when it refuses (not an author, screened already, the files are complete) the
 * row goes with the rollback.
 */
@RestController
@RequestMapping("/api/proposals/{proposalId}/attachments")
@Tag(name = "附件 Attachments", description = "PDF、JPEG、PNG，每个不超过 10 MB，最多 5 个 / PDF, JPEG, PNG; 10 MB each, 5 at most")
public class ProposalAttachmentController {

    private final UploadCheck check;
    private final AttachmentStore store;
    private final CommandGateway commandGateway;
    private final Clock clock;

    public ProposalAttachmentController(UploadCheck check, AttachmentStore store, CommandGateway commandGateway,
                                        Clock clock) {
        this.check = check;
        this.store = store;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    @Operation(summary = "为已申报的申报添加附件 / attach a file to a submitted or returned proposal",
            description = "multipart field \"file\"; the type is detected from the content")
    @ApiResponse(responseCode = "201", description = "attached: id, name, mediaType, size, sha256")
    @ApiResponse(responseCode = "400", description = "no file, empty, too large, a path in the name, or not PDF/JPEG/PNG")
    @ApiResponse(responseCode = "403", description = "not an author")
    @ApiResponse(responseCode = "409", description = "screened already, or the proposal has its 5 files")
    public ResponseEntity<AttachmentRef> attach(@PathVariable String proposalId,
                                                @RequestParam(value = "file", required = false) MultipartFile file,
                                                @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        CheckedFile checked = check.check(file);
        Instant now = clock.instant();
        AttachmentRef ref = store.addToProposal(proposalId, principal.getName(), checked, now);
        commandGateway.sendAndWait(new AddAttachmentCommand(proposalId, principal.getName(), ref, now));
        return ResponseEntity.created(URI.create("/api/attachments/" + ref.id())).body(ref);
    }
}
