package com.wuxiao.command.competition;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.SetUnitHeadcountsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;

/** The union office sets the rules of a competition year; the aggregate checks role and values. */
@RestController
@RequestMapping("/api/competition-years")
@Tag(name = "竞赛年度 Competition years", description = "年度规则设置 / rules of a competition year")
public class CompetitionYearController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public CompetitionYearController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PutMapping("/{year}")
    @Operation(summary = "设置竞赛年度 / configure a competition year",
            description = "创建或修改该年度的类别、申报月份、权重、获奖比例、奖金、积分和期限 / "
                    + "creates or changes the year's categories, months, weights, quotas, rewards, points and deadlines")
    @ApiResponse(responseCode = "204", description = "configured")
    @ApiResponse(responseCode = "400", description = "invalid configuration (problem+json names the field)")
    @ApiResponse(responseCode = "403", description = "not the union office")
    public ResponseEntity<Void> configure(@PathVariable int year, @Valid @RequestBody YearConfigRequest body,
                                          @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        commandGateway.sendAndWait(new ConfigureCompetitionYearCommand(String.valueOf(year), body.toConfig(year),
                principal.getName(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{year}/headcounts")
    @Operation(summary = "设置各单位人数 / state each unit's headcount",
            description = "参与率和每百人获奖数的分母；整体替换 / the denominator of participation rates and awards "
                    + "per 100 employees; replaces the previous headcounts as a whole")
    @ApiResponse(responseCode = "204", description = "set")
    @ApiResponse(responseCode = "400", description = "unknown unit or invalid headcount (problem+json)")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "404", description = "the year is not configured")
    public ResponseEntity<Void> headcounts(@PathVariable int year, @Valid @RequestBody UnitHeadcountsRequest body,
                                           @Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        commandGateway.sendAndWait(new SetUnitHeadcountsCommand(String.valueOf(year), body.headcounts(),
                principal.getName(), clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
