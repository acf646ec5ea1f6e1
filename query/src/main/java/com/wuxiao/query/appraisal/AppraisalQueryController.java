package com.wuxiao.query.appraisal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRounds;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundQuery;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundsQuery;
import com.wuxiao.query.appraisal.api.FindRoundProgressQuery;
import com.wuxiao.query.appraisal.api.RoundAccess;
import com.wuxiao.query.appraisal.api.RoundProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Read side of the quarterly appraisal: rounds with their ranking, and scoring progress.
 * <p>
 * The union office and administrators read everything; reviewers read rounds without individual
 * scores or objectors; any other logged-in user reads a round's ranking once it is published
 * (publicity is public by definition), and nothing of it before.
 */
@RestController
@RequestMapping("/api/appraisal-rounds")
@Tag(name = "Appraisal rounds (read)", description = "季度评审结果与进度 / quarterly appraisal results and progress")
public class AppraisalQueryController {

    private static final String ROLE_PREFIX = "ROLE_";

    private final QueryGateway queries;

    public AppraisalQueryController(QueryGateway queries) {
        this.queries = queries;
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
        if (accessOf(authentication) != RoundAccess.FULL) {
            throw RuleViolation.forbidden("not-union-leader",
                    "只有工会办公室可以查看评分进度", "only the union office can see the scoring progress");
        }
        Optional<RoundProgress> progress = ask(new FindRoundProgressQuery(roundId),
                ResponseTypes.optionalInstanceOf(RoundProgress.class));
        return progress.orElseThrow(AppraisalQueryController::roundNotFound);
    }

    /** Spring Security's authorities are "ROLE_" + each Camunda group id of the user. */
    static RoundAccess accessOf(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
            || !authentication.isAuthenticated()) {
            throw RuleViolation.forbidden("login-required", "请先登录", "log in first");
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (authorities.contains(ROLE_PREFIX + Role.UNION_LEADER.name())
            || authorities.contains(ROLE_PREFIX + Role.ADMIN.name())) {
            return RoundAccess.FULL;
        }
        if (authorities.contains(ROLE_PREFIX + Role.REVIEWER.name())) {
            return RoundAccess.PANEL;
        }
        return RoundAccess.PUBLIC;
    }

    private static RuleViolation roundNotFound() {
        return RuleViolation.notFound("round-not-found", "评审轮次不存在或尚未公示",
                "no such appraisal round, or it is not published yet");
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        try {
            return queries.query(query, responseType).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
