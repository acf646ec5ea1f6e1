package com.wuxiao.query.need;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.need.api.FindNeedQuery;
import com.wuxiao.query.need.api.FindNeedsQuery;
import com.wuxiao.query.need.api.NeedDetail;
import com.wuxiao.query.need.api.NeedPage;
import com.wuxiao.query.period.api.Period;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Read side of production needs: open to everyone logged in, so workers find what to answer. */
@RestController
@RequestMapping("/api/needs")
@Tag(name = "Production needs (read)", description = "生产需求 / production needs and their answers")
public class NeedQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    public NeedQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "生产需求列表（最新在前） / production needs, newest first")
    @ApiResponse(responseCode = "200", description = "one page of needs")
    @ApiResponse(responseCode = "400", description = "page < 0 or size outside 1..100")
    public NeedPage list(@Parameter(description = "true: open ones a declaration may answer; false: the others")
                         @RequestParam(required = false) Boolean open,
                         @RequestParam(required = false) String unitId,
                         @RequestParam(defaultValue = "0") int page,
                         @Parameter(description = "1..100")
                         @RequestParam(defaultValue = "" + FindNeedsQuery.DEFAULT_SIZE) int size,
                         @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        return Queries.ask(queries, new FindNeedsQuery(open, unitId == null || unitId.isBlank() ? null : unitId,
                today(), page, size), ResponseTypes.instanceOf(NeedPage.class));
    }

    @GetMapping("/{needId}")
    @Operation(summary = "生产需求详情及响应的申报 / one need with the declarations answering it")
    @ApiResponse(responseCode = "200", description = "the need")
    @ApiResponse(responseCode = "404", description = "no such need")
    public NeedDetail detail(@PathVariable String needId, @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        Optional<NeedDetail> detail = Queries.ask(queries, new FindNeedQuery(needId, today()),
                ResponseTypes.optionalInstanceOf(NeedDetail.class));
        return detail.orElseThrow(() -> RuleViolation.notFound("need-not-found"));
    }

    private LocalDate today() {
        return clock.instant().atZone(Period.ZONE).toLocalDate();
    }
}
