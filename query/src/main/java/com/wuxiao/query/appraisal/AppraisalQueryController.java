package com.wuxiao.query.appraisal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRounds;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundQuery;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundsQuery;
import com.wuxiao.query.appraisal.api.FindRoundProgressQuery;
import com.wuxiao.query.appraisal.api.FindRoundRewardsQuery;
import com.wuxiao.query.appraisal.api.RoundAccess;
import com.wuxiao.query.appraisal.api.RoundProgress;
import com.wuxiao.query.appraisal.api.RoundRewards;
import com.wuxiao.query.appraisal.export.AppraisalWorkbooks;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.both;
import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Read side of the quarterly appraisal: rounds with their ranking, and scoring progress.
 * <p>
 * The union office and administrators read everything; reviewers read rounds without individual
 * scores or objectors; any other logged-in user reads a round's ranking once it is published
 * (publicity is public by definition), and nothing of it before. Excel exports of a round's results
 * and rewards are for the union office and administrators.
 */
@RestController
@RequestMapping("/api/appraisal-rounds")
@Tag(name = "Appraisal rounds (read)", description = "季度评审结果与进度 / quarterly appraisal results and progress")
public class AppraisalQueryController {

    private final QueryGateway queries;
    private final AppraisalWorkbooks workbooks;

    public AppraisalQueryController(QueryGateway queries, AppraisalWorkbooks workbooks) {
        this.queries = queries;
        this.workbooks = workbooks;
    }

    @GetMapping
    @Operation(summary = "评审轮次列表 / appraisal rounds, newest quarter first",
            description = "Workers see only published rounds (publicity or finalised).")
    public AppraisalRounds list(@Parameter(hidden = true) Authentication authentication) {
        return ask(new FindAppraisalRoundsQuery(accessOf(authentication)),
                ResponseTypes.instanceOf(AppraisalRounds.class));
    }

    @GetMapping("/{roundId}")
    @Operation(summary = "评审轮次与排名 / a round with its ranking",
            description = "Individual scores only for the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the round")
    @ApiResponse(responseCode = "404", description = "no such round, or not yet published for the caller")
    public AppraisalRoundDetail detail(@PathVariable String roundId,
                                       @Parameter(hidden = true) Authentication authentication) {
        Optional<AppraisalRoundDetail> round = ask(new FindAppraisalRoundQuery(roundId, accessOf(authentication)),
                ResponseTypes.optionalInstanceOf(AppraisalRoundDetail.class));
        return round.orElseThrow(AppraisalQueryController::roundNotFound);
    }

    @GetMapping("/{roundId}/progress")
    @Operation(summary = "评分进度（每位评委、每项申报） / scoring progress per panel member and per proposal",
            description = "For the union office and administrators, e.g. \"2/4\" tasks done per member.")
    @ApiResponse(responseCode = "200", description = "the progress")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "no such round")
    public RoundProgress progress(@PathVariable String roundId,
                                  @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.see-scoring-progress"));
        Optional<RoundProgress> progress = ask(new FindRoundProgressQuery(roundId),
                ResponseTypes.optionalInstanceOf(RoundProgress.class));
        return progress.orElseThrow(AppraisalQueryController::roundNotFound);
    }

    @GetMapping("/{roundId}/results.xlsx")
    @Operation(summary = "导出评审结果（Excel） / the round's results as an Excel file",
            description = "Sheet 评审结果: one row per proposal in ranking order (unranked: pool order) with rank, "
                          + "authors and shares, scores done, final score, grade and re-review. "
                          + "For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "no such round")
    public ResponseEntity<byte[]> resultsWorkbook(@PathVariable String roundId,
                                                  @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.export-round-results"));
        AppraisalRoundDetail round = ask(new FindAppraisalRoundQuery(roundId, RoundAccess.FULL),
                ResponseTypes.optionalInstanceOf(AppraisalRoundDetail.class))
                .orElseThrow(AppraisalQueryController::roundNotFound);
        return XlsxDownload.attachment(workbooks.results(round), "评审结果-" + round.roundId() + ".xlsx",
                "appraisal-results-" + round.roundId() + ".xlsx");
    }

    @GetMapping("/{roundId}/rewards.xlsx")
    @Operation(summary = "导出个人奖励（Excel） / rewards per person of the round as an Excel file",
            description = "Sheet 个人奖励: one row per worker with awarded proposals, reward money (CNY) and award "
                          + "points, most money first, then a 合计 row. Only once the round is finalised. "
                          + "For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "no such round")
    @ApiResponse(responseCode = "409", description = "the round is not finalised yet (round-not-finalised)")
    public ResponseEntity<byte[]> rewardsWorkbook(@PathVariable String roundId,
                                                  @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.export-rewards"));
        RoundRewards rewards = ask(new FindRoundRewardsQuery(roundId),
                ResponseTypes.optionalInstanceOf(RoundRewards.class))
                .orElseThrow(AppraisalQueryController::roundNotFound);
        if (!rewards.finalised()) {
            throw RuleViolation.conflict("round-not-finalised", both(rewards.status().zh(),
                    String.valueOf(rewards.status())));
        }
        return XlsxDownload.attachment(workbooks.rewards(rewards), "个人奖励-" + rewards.roundId() + ".xlsx",
                "appraisal-rewards-" + rewards.roundId() + ".xlsx");
    }

    static RoundAccess accessOf(Authentication authentication) {
        if (Callers.isUnionOffice(authentication)) {
            return RoundAccess.FULL;
        }
        return Callers.hasAny(authentication, Role.REVIEWER) ? RoundAccess.PANEL : RoundAccess.PUBLIC;
    }

    private static RuleViolation roundNotFound() {
        return RuleViolation.notFound("round-not-found");
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return Queries.ask(queries, query, responseType);
    }
}
