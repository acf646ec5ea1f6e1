package com.wuxiao.query.proposal;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindDuplicateCandidatesQuery;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.FindProposalsQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalPage;
import com.wuxiao.query.proposal.api.ProposalScope;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Read side of proposals: lists, one proposal, my proposals and duplicate checks of a draft.
 * <p>
 * Lists and details show only what the caller may read ({@link Viewer}): the union office,
 * reviewers and administrators everything; a unit coordinator their units' proposals; everyone
 * their own (as an author or mentor). Duplicate candidates are open to every logged-in user.
 */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Proposals (read)", description = "申报查询 / proposal queries")
public class ProposalQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    public ProposalQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "申报列表（最新在前） / proposals, newest first",
            description = "Only proposals the caller may read: all for the union office, reviewers and "
                          + "administrators; a coordinator's units; else the caller's own (author or mentor).")
    @ApiResponse(responseCode = "200", description = "one page of proposals")
    @ApiResponse(responseCode = "400", description = "page < 0 or size outside 1..100")
    public ProposalPage list(@RequestParam(required = false) String unitId,
                             @Parameter(description = "competition year") @RequestParam(required = false) Integer year,
                             @Parameter(description = "declaration month") @RequestParam(required = false) Integer month,
                             @RequestParam(required = false) ProposalStatus status,
                             @RequestParam(required = false) ProposalType type,
                             @RequestParam(required = false) String categoryCode,
                             @Parameter(description = "proposals this worker co-authors")
                             @RequestParam(required = false) String authorId,
                             @RequestParam(defaultValue = "0") int page,
                             @Parameter(description = "1..100")
                             @RequestParam(defaultValue = "" + FindProposalsQuery.DEFAULT_SIZE) int size,
                             @Parameter(hidden = true) Authentication authentication) {
        ProposalScope scope = viewer(authentication).scope();
        return ask(new FindProposalsQuery(unitId, year, month, status, type, categoryCode, authorId, page, size,
                        scope),
                ResponseTypes.instanceOf(ProposalPage.class));
    }

    @GetMapping("/mine")
    @Operation(summary = "我的申报（作为作者） / the logged-in worker's proposals as an author")
    public ProposalPage mine(@Parameter(hidden = true) Principal principal,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "" + FindProposalsQuery.DEFAULT_SIZE) int size) {
        return ask(FindProposalsQuery.byAuthor(Login.userId(principal), page, size),
                ResponseTypes.instanceOf(ProposalPage.class));
    }

    /*
     * The duplicate checks are open to every logged-in user, whatever units they may read: a
     * submitter must see matching earlier proposals of any unit before declaring, and a candidate
     * shows only id, title and similarity, never the text.
     */
    @GetMapping("/duplicates")
    @Operation(summary = "草稿查重 / earlier proposals closely matching a draft",
            description = "Shown to a submitter before submitting; for long texts use the POST variant.")
    public DuplicateCandidates duplicates(@RequestParam(defaultValue = "") String title,
                                          @Parameter(description = "problem and solution")
                                          @RequestParam(defaultValue = "") String text) {
        return duplicatesOf(new DraftText(title, text));
    }

    @PostMapping("/duplicates")
    @Operation(summary = "草稿查重（长文本） / duplicate check of a draft with a long text in the body")
    public DuplicateCandidates duplicatesOf(@RequestBody DraftText draft) {
        if (isBlank(draft.title()) && isBlank(draft.text())) {
            return new DuplicateCandidates(List.of());
        }
        return ask(new FindDuplicateCandidatesQuery(null, draft.title(), draft.text(), clock.instant()),
                ResponseTypes.instanceOf(DuplicateCandidates.class));
    }

    @GetMapping("/{id}")
    @Operation(summary = "申报详情 / one proposal with authors, history and duplicate candidates")
    @ApiResponse(responseCode = "200", description = "the proposal")
    @ApiResponse(responseCode = "404", description = "no such proposal, or one the caller may not read")
    public ProposalDetail detail(@PathVariable String id,
                                 @Parameter(description = "时间回溯: its status and history as they stood then, e.g. "
                                                          + "2026-06-30T18:00+08:00 or 2026-06-30; default: now")
                                 @RequestParam(required = false) String asOf,
                                 @Parameter(hidden = true) Authentication authentication) {
        // One answer for "absent" and "not yours", so ids cannot be probed for existence.
        Optional<ProposalDetail> detail = ask(new FindProposalQuery(id, viewer(authentication).scope(), true,
                        AsOf.parse(asOf)),
                ResponseTypes.optionalInstanceOf(ProposalDetail.class));
        return detail.orElseThrow(() -> RuleViolation.notFound("proposal-not-found"));
    }

    /** Title and text (problem + solution) of a proposal not yet submitted. */
    public record DraftText(String title, String text) {
    }

    private static Viewer viewer(Authentication authentication) {
        Callers.requireLogin(authentication);
        return Viewer.of(authentication);
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return Queries.ask(queries, query, responseType);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
