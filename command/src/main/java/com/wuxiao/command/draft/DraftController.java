package com.wuxiao.command.draft;

import com.wuxiao.command.attachment.AttachmentLimits;
import com.wuxiao.command.attachment.AttachmentStore;
import com.wuxiao.command.attachment.Attachments;
import com.wuxiao.command.attachment.CheckedFile;
import com.wuxiao.command.attachment.UploadCheck;
import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.Declarations;
import com.wuxiao.command.proposal.ProposalCreated;
import com.wuxiao.command.proposal.ProposalRequest;
import com.wuxiao.command.proposal.api.AttachmentRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Drafts (the DRAFT state): a declaration form kept on the server, with its files, seen and touched
 * by its author only; anyone else gets the 404 of a draft that does not exist. Nothing is decided on
 * a draft (see docs/adr/0004): it is a plain table, and the proposal's history starts when
 * {@code submit} declares it exactly as POST /api/proposals does.
 */
@RestController
@RequestMapping("/api/drafts")
@Tag(name = "草稿 Drafts", description = "申报草稿，仅作者可见 / declaration drafts, visible to their author only")
public class DraftController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final Drafts drafts;
    private final DraftLimits draftLimits;
    private final AttachmentStore attachments;
    private final AttachmentLimits attachmentLimits;
    private final UploadCheck uploadCheck;
    private final CommandGateway commandGateway;
    private final SpringValidatorAdapter validator;
    private final UserDirectory users;
    private final Clock clock;

    DraftController(Drafts drafts, DraftLimits draftLimits, AttachmentStore attachments,
                    AttachmentLimits attachmentLimits, UploadCheck uploadCheck, CommandGateway commandGateway,
                    jakarta.validation.Validator validator, UserDirectory users, Clock clock) {
        this.drafts = drafts;
        this.draftLimits = draftLimits;
        this.attachments = attachments;
        this.attachmentLimits = attachmentLimits;
        this.uploadCheck = uploadCheck;
        this.commandGateway = commandGateway;
        this.validator = new SpringValidatorAdapter(validator);
        this.users = users;
        this.clock = clock;
    }

    @PostMapping
    @Transactional
    @Operation(summary = "保存新草稿 / save a new draft",
            description = "The body of POST /api/proposals, every field optional; only lengths are checked.")
    @ApiResponse(responseCode = "201", description = "saved; {id}, Location names the draft")
    @ApiResponse(responseCode = "400", description = "a field too long")
    @ApiResponse(responseCode = "403", description = "not a worker")
    @ApiResponse(responseCode = "409", description = "the caller keeps the most drafts allowed already")
    public ResponseEntity<DraftCreated> create(@Valid @RequestBody DraftContent body,
                                               @Parameter(hidden = true) Principal user) {
        String authorId = Login.userId(user);
        if (users.find(authorId).filter(actor -> actor.has(Role.WORKER)).isEmpty()) {
            throw RuleViolation.forbidden("not-worker");
        }
        if (drafts.countLocked(authorId) >= draftLimits.maxPerAuthor()) {
            throw RuleViolation.conflict("too-many-drafts", draftLimits.maxPerAuthor());
        }
        UUID id = drafts.create(authorId, body, clock.instant());
        return ResponseEntity.created(URI.create("/api/drafts/" + id)).body(new DraftCreated(id.toString()));
    }

    @GetMapping
    @Operation(summary = "我的草稿（最近修改在前） / the caller's drafts, last changed first")
    @ApiResponse(responseCode = "400", description = "page < 0 or size outside 1..100")
    public DraftPage list(@RequestParam(defaultValue = "0") int page,
                          @Parameter(description = "1..100") @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
                          @Parameter(hidden = true) Principal user) {
        String authorId = Login.userId(user);
        if (page < 0) {
            throw RuleViolation.invalid("page-negative", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("page-size-out-of-range", "size", MAX_SIZE);
        }
        long total = drafts.count(authorId);
        List<DraftSummary> items = total <= (long) page * size ? List.of() : drafts.page(authorId, page, size);
        return new DraftPage(items, page, size, total);
    }

    @GetMapping("/{draftId}")
    @Operation(summary = "草稿详情 / one draft with its files")
    @ApiResponse(responseCode = "404", description = "no such draft, or not the caller's")
    public DraftDetail detail(@PathVariable String draftId, @Parameter(hidden = true) Principal user) {
        Drafts.Draft draft = drafts.find(idOf(draftId), Login.userId(user)).orElseThrow(DraftController::notFound);
        return new DraftDetail(draft.id().toString(), draft.content(), attachments.ofDraft(draft.id()),
                draft.createdAt(), draft.updatedAt());
    }

    @PutMapping("/{draftId}")
    @Transactional
    @Operation(summary = "保存草稿（整体替换内容） / replace a draft's content")
    @ApiResponse(responseCode = "204", description = "saved")
    @ApiResponse(responseCode = "404", description = "no such draft, or not the caller's")
    public ResponseEntity<Void> replace(@PathVariable String draftId, @Valid @RequestBody DraftContent body,
                                        @Parameter(hidden = true) Principal user) {
        if (!drafts.replace(idOf(draftId), Login.userId(user), body, clock.instant())) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{draftId}")
    @Transactional
    @Operation(summary = "删除草稿及其附件 / delete a draft and its files")
    @ApiResponse(responseCode = "204", description = "deleted")
    @ApiResponse(responseCode = "404", description = "no such draft, or not the caller's")
    public ResponseEntity<Void> delete(@PathVariable String draftId, @Parameter(hidden = true) Principal user) {
        if (!drafts.delete(idOf(draftId), Login.userId(user))) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Declares the draft as POST /api/proposals would (same validation, same command, same answers),
     * and in the same transaction hands its files to the proposal and deletes the draft: a refused
     * declaration leaves the draft and its files as they were.
     */
    @PostMapping("/{draftId}/submit")
    @Transactional
    @Operation(summary = "提交草稿（月度申报） / declare the draft as a proposal")
    @ApiResponse(responseCode = "201", description = "declared; {proposalId}, Location names the proposal")
    @ApiResponse(responseCode = "400", description = "invalid or incomplete (as POST /api/proposals)")
    @ApiResponse(responseCode = "403", description = "not a worker, or not one of the authors")
    @ApiResponse(responseCode = "404", description = "no such draft, or not the caller's")
    @ApiResponse(responseCode = "409", description = "the year is not configured or the month is not a declaration month")
    public ResponseEntity<ProposalCreated> submit(@PathVariable String draftId,
                                                  @Parameter(hidden = true) Principal user)
            throws MethodArgumentNotValidException {
        String authorId = Login.userId(user);
        Drafts.Draft draft = drafts.lock(idOf(draftId), authorId).orElseThrow(DraftController::notFound);
        ProposalRequest request = draft.content().toRequest();
        validate(request);
        List<AttachmentRef> files = attachments.ofDraft(draft.id());
        String proposalId = UUID.randomUUID().toString();
        attachments.moveDraftToProposal(draft.id(), proposalId);
        commandGateway.sendAndWait(Declarations.submitCommand(proposalId, authorId, request, files, clock.instant()));
        drafts.delete(draft.id(), authorId);
        return ResponseEntity.created(URI.create("/api/proposals/" + proposalId)).body(new ProposalCreated(proposalId));
    }

    @PostMapping(value = "/{draftId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    @Operation(summary = "为草稿上传附件 / attach a file to a draft",
            description = "multipart field \"file\": PDF, JPEG or PNG by content, at most 10 MB, 5 files per draft")
    @ApiResponse(responseCode = "201", description = "stored: id, name, mediaType, size, sha256")
    @ApiResponse(responseCode = "400", description = "no file, empty, too large, a path in the name, or not PDF/JPEG/PNG")
    @ApiResponse(responseCode = "404", description = "no such draft, or not the caller's")
    @ApiResponse(responseCode = "409", description = "the draft has its 5 files")
    public ResponseEntity<AttachmentRef> attach(@PathVariable String draftId,
                                                @RequestParam(value = "file", required = false) MultipartFile file,
                                                @Parameter(hidden = true) Principal user) {
        String authorId = Login.userId(user);
        // Locked: two uploads at once cannot both see four files and store a sixth.
        Drafts.Draft draft = drafts.lock(idOf(draftId), authorId).orElseThrow(DraftController::notFound);
        CheckedFile checked = uploadCheck.check(file);
        if (attachments.countOfDraft(draft.id()) >= attachmentLimits.maxFiles()) {
            throw Attachments.tooMany(attachmentLimits.maxFiles());
        }
        Instant now = clock.instant();
        AttachmentRef ref = attachments.addToDraft(draft.id(), authorId, checked, now);
        drafts.touch(draft.id(), now);
        return ResponseEntity.created(URI.create("/api/attachments/" + ref.id())).body(ref);
    }

    @DeleteMapping("/{draftId}/attachments/{attachmentId}")
    @Transactional
    @Operation(summary = "删除草稿的附件 / remove a file from a draft")
    @ApiResponse(responseCode = "204", description = "removed")
    @ApiResponse(responseCode = "404", description = "no such draft or file, or not the caller's")
    public ResponseEntity<Void> detach(@PathVariable String draftId, @PathVariable String attachmentId,
                                       @Parameter(hidden = true) Principal user) {
        Drafts.Draft draft = drafts.lock(idOf(draftId), Login.userId(user)).orElseThrow(DraftController::notFound);
        UUID attachment;
        try {
            attachment = UUID.fromString(attachmentId);
        } catch (IllegalArgumentException e) {
            throw attachmentNotFound();
        }
        if (!attachments.deleteFromDraft(draft.id(), attachment)) {
            throw attachmentNotFound();
        }
        drafts.touch(draft.id(), clock.instant());
        return ResponseEntity.noContent().build();
    }

    /** The checks of POST /api/proposals' @Valid body, answered by the same problem document. */
    private void validate(ProposalRequest request) throws MethodArgumentNotValidException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "proposalRequest");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(submitParameter(), errors);
        }
    }

    private static MethodParameter submitParameter() {
        try {
            return new MethodParameter(DraftController.class.getMethod("submit", String.class, Principal.class), 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id that is no UUID names no draft: the same 404 as a missing one. */
    private static UUID idOf(String draftId) {
        try {
            return UUID.fromString(draftId);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static RuleViolation notFound() {
        return RuleViolation.notFound("draft-not-found");
    }

    private static RuleViolation attachmentNotFound() {
        return RuleViolation.notFound("attachment-not-found");
    }
}
