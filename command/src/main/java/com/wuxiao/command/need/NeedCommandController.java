package com.wuxiao.command.need;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.need.api.CloseNeedCommand;
import com.wuxiao.command.need.api.PublishNeedCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;

/**
 * Production needs (生产需求): publishing and closing. Workers answer a need by declaring a proposal
 * with its {@code needId}; reading needs is the query side's.
 */
@RestController
@RequestMapping("/api/needs")
@Tag(name = "生产需求 Production needs", description = "发布、关闭生产需求 / publish and close production needs")
public class NeedCommandController {

    private final CommandGateway commandGateway;
    private final UserDirectory users;
    private final Clock clock;

    public NeedCommandController(CommandGateway commandGateway, UserDirectory users, Clock clock) {
        this.commandGateway = commandGateway;
        this.users = users;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "发布需求 / publish a need",
            description = "生产部门负责人为本单位发布，工会办公室可为任一单位发布；不填单位即本人单位 / a production owner "
                    + "publishes for their unit, the union office for any; without unitId, the caller's unit")
    @ApiResponse(responseCode = "201", description = "published; Location names the new need")
    @ApiResponse(responseCode = "400", description = "invalid input (problem+json names the field)")
    @ApiResponse(responseCode = "403", description = "not a production owner of the unit nor the union office")
    public ResponseEntity<NeedCreated> publish(@Valid @RequestBody PublishNeedRequest body,
                                               @Parameter(hidden = true) Principal principal) {
        String userId = Login.userId(principal);
        String unitId = body.unitId() == null || body.unitId().isBlank()
                ? users.find(userId).map(Actor::unitId).orElse(null) : body.unitId();
        String needId = "NEED-" + UUID.randomUUID();
        commandGateway.sendAndWait(new PublishNeedCommand(needId, body.title(), body.problem(), unitId,
                body.categoryCode(), body.deadline(), body.rewardNote(), userId, clock.instant()));
        return ResponseEntity.created(URI.create("/api/needs/" + needId)).body(new NeedCreated(needId));
    }

    @PostMapping("/{needId}/closure")
    @Operation(summary = "关闭需求 / close a need", description = "已解决或不再需要 / solved, or no longer needed")
    @ApiResponse(responseCode = "204", description = "closed")
    @ApiResponse(responseCode = "403", description = "not a production owner of the need's unit nor the union office")
    @ApiResponse(responseCode = "404", description = "no such need")
    @ApiResponse(responseCode = "409", description = "closed already")
    public ResponseEntity<Void> close(@PathVariable String needId, @Valid @RequestBody CloseNeedRequest body,
                                      @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new CloseNeedCommand(needId, body.solved(), body.note(), Login.userId(principal),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
