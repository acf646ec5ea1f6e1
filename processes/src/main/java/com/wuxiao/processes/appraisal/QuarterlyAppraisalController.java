package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.EngineUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/**
 * Opens a quarter's appraisal round for API clients: the same as "Start process" in Tasklist, as
 * the logged-in user, so Camunda's authorization decides who may start it and the round who may
 * open it. The panel, scoring and approval then happen in Camunda's task lists.
 */
@RestController
@Tag(name = "季度评审 Quarterly appraisal")
public class QuarterlyAppraisalController {

    private final RuntimeService runtimeService;
    private final EngineUser engineUser;

    public QuarterlyAppraisalController(RuntimeService runtimeService, EngineUser engineUser) {
        this.runtimeService = runtimeService;
        this.engineUser = engineUser;
    }

    @PostMapping("/api/appraisal-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开启季度评审 / open a quarter's appraisal round",
            description = "以该季度已通过初审的申报为评审池；之后在任务列表中组建评审组 / "
                    + "over the quarter's accepted proposals; the panel is then named in Tasklist")
    @ApiResponse(responseCode = "201", description = "round opened")
    @ApiResponse(responseCode = "400", description = "empty pool or invalid quarter")
    @ApiResponse(responseCode = "403", description = "not a union leader")
    @ApiResponse(responseCode = "409", description = "the quarter's round is open already")
    public AppraisalStarted open(@Valid @RequestBody StartAppraisalRequest body,
                                     @Parameter(hidden = true) Principal principal) {
        String roundId = AppraisalLimits.roundIdOf(body.year(), body.quarter());
        ProcessInstance instance = engineUser.call(principal, () -> runtimeService
                .createProcessInstanceByKey(QuarterlyAppraisal.PROCESS_KEY)
                .businessKey(roundId)
                .setVariable(Var.YEAR, body.year())
                .setVariable(Var.QUARTER, body.quarter())
                .execute());
        return new AppraisalStarted(roundId, instance.getId());
    }
}
