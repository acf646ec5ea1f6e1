package com.wuxiao.query.catalogue;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.catalogue.api.CataloguePage;
import com.wuxiao.query.catalogue.api.CatalogueResult;
import com.wuxiao.query.catalogue.api.FindCatalogueResultQuery;
import com.wuxiao.query.catalogue.api.FindMeetingQuery;
import com.wuxiao.query.catalogue.api.FindMeetingsQuery;
import com.wuxiao.query.catalogue.api.FindResultRequestsQuery;
import com.wuxiao.query.catalogue.api.MeetingDetail;
import com.wuxiao.query.catalogue.api.MeetingPage;
import com.wuxiao.query.catalogue.api.ResultRequestPage;
import com.wuxiao.query.catalogue.api.ResultRequestStatus;
import com.wuxiao.query.catalogue.api.SearchCatalogueQuery;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Read side of the results catalogue (成果库): the catalogue is everyone's to search; requests and
 * promotion meetings are the union office's, and a production owner's own.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Results catalogue (read)", description = "成果库、成果申请、推介会 / catalogue, requests, meetings")
public class CatalogueQueryController {

    private final QueryGateway queries;

    public CatalogueQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/catalogue")
    @Operation(summary = "成果库检索（最新获奖在前） / search the awarded results, newest award first")
    @ApiResponse(responseCode = "200", description = "one page of results")
    @ApiResponse(responseCode = "400", description = "page < 0, size outside 1..100, text over 50 characters")
    public CataloguePage search(@Parameter(description = "words of the title, problem or solution")
                                @RequestParam(required = false) String text,
                                @RequestParam(required = false) String categoryCode,
                                @RequestParam(required = false) ProposalType type,
                                @RequestParam(required = false) String unitId,
                                @RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "1..100")
                                @RequestParam(defaultValue = "" + SearchCatalogueQuery.DEFAULT_SIZE) int size,
                                @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        return Queries.ask(queries, new SearchCatalogueQuery(text, blankToNull(categoryCode), type,
                blankToNull(unitId), year, page, size), ResponseTypes.instanceOf(CataloguePage.class));
    }

    @GetMapping("/catalogue/{proposalId}")
    @Operation(summary = "成果详情 / one result: text, files, patents, adoptions, benefit and feedback")
    @ApiResponse(responseCode = "200", description = "the result")
    @ApiResponse(responseCode = "404", description = "no such awarded result")
    public CatalogueResult result(@PathVariable String proposalId,
                                  @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        Optional<CatalogueResult> result = Queries.ask(queries, new FindCatalogueResultQuery(proposalId),
                ResponseTypes.optionalInstanceOf(CatalogueResult.class));
        return result.orElseThrow(() -> RuleViolation.notFound("result-not-found"));
    }

    @GetMapping("/result-requests")
    @Operation(summary = "成果申请（待处理在前） / result requests, pending first",
            description = "All for the union office and administrators; a production owner's own.")
    @ApiResponse(responseCode = "200", description = "one page of requests")
    @ApiResponse(responseCode = "403", description = "neither the union office nor a production owner")
    public ResultRequestPage requests(@RequestParam(required = false) ResultRequestStatus status,
                                      @RequestParam(required = false) String proposalId,
                                      @RequestParam(defaultValue = "0") int page,
                                      @Parameter(description = "1..100")
                                      @RequestParam(defaultValue = "" + FindResultRequestsQuery.DEFAULT_SIZE) int size,
                                      @Parameter(hidden = true) Authentication authentication) {
        return Queries.ask(queries, new FindResultRequestsQuery(status, ownerScope(authentication),
                blankToNull(proposalId), page, size), ResponseTypes.instanceOf(ResultRequestPage.class));
    }

    @GetMapping("/promotion-meetings")
    @Operation(summary = "成果推介会（日期最近在前） / promotion meetings, latest first",
            description = "All for the union office and administrators; a production owner's invitations.")
    @ApiResponse(responseCode = "200", description = "one page of meetings")
    @ApiResponse(responseCode = "403", description = "neither the union office nor a production owner")
    public MeetingPage meetings(@RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "1..100")
                                @RequestParam(defaultValue = "" + FindMeetingsQuery.DEFAULT_SIZE) int size,
                                @Parameter(hidden = true) Authentication authentication) {
        return Queries.ask(queries, new FindMeetingsQuery(ownerScope(authentication), page, size),
                ResponseTypes.instanceOf(MeetingPage.class));
    }

    @GetMapping("/promotion-meetings/{meetingId}")
    @Operation(summary = "推介会详情 / one promotion meeting")
    @ApiResponse(responseCode = "200", description = "the meeting")
    @ApiResponse(responseCode = "404", description = "no such meeting, or one the owner is not invited to")
    public MeetingDetail meeting(@PathVariable String meetingId,
                                 @Parameter(hidden = true) Authentication authentication) {
        Optional<MeetingDetail> meeting = Queries.ask(queries, new FindMeetingQuery(meetingId,
                ownerScope(authentication)), ResponseTypes.optionalInstanceOf(MeetingDetail.class));
        return meeting.orElseThrow(() -> RuleViolation.notFound("meeting-not-found"));
    }

    /** Null (everything) for the union office; the caller's own for a production owner; else refused. */
    private static String ownerScope(Authentication authentication) {
        if (Callers.isUnionOffice(authentication)) {
            return null;
        }
        if (!Callers.hasAny(authentication, Role.PRODUCTION_OWNER)) {
            throw RuleViolation.forbidden("not-union-leader", term("action.see-result-requests"));
        }
        return authentication.getName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
