package com.wuxiao.processes.commendation;

import com.wuxiao.command.commendation.api.Commendations;
import com.wuxiao.command.commendation.api.ConferCraftsmanCommand;
import com.wuxiao.command.commendation.api.ConfirmCommendationCommand;
import com.wuxiao.command.commendation.api.DraftCommendationCommand;
import com.wuxiao.command.commendation.api.RecommendResultCommand;
import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;

/**
 * The union office's annual commendation (年度表彰): draft from the year's standings, confirm,
 * recommend results to the group's competition. Here rather than in the command module because the
 * draft joins a query (the standings the read models hold) and a command; the aggregate decides who
 * may do what and who is named. Reading the lists is the query module's.
 */
@RestController
@RequestMapping("/api/commendations/{year}")
@Tag(name = "年度表彰 Annual commendation", description = "拟定、确认、推荐 / draft, confirm, recommend")
public class CommendationController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    public CommendationController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/draft")
    @Operation(summary = "拟定年度表彰名单 / draft the year's commendation",
            description = "按年度积分评出创新标兵，按参与率、每百人获奖数和转化数评出优秀组织单位；确认前可重新拟定 / "
                          + "names the top workers by yearly points and the best units by the composite; "
                          + "may be drafted again until confirmed")
    @ApiResponse(responseCode = "204", description = "drafted; GET /api/commendations/{year} shows it")
    @ApiResponse(responseCode = "400", description = "the year is not configured, or a unit has no headcount")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "confirmed already")
    public ResponseEntity<Void> draft(@PathVariable int year, @Parameter(hidden = true) Principal principal) {
        String userId = userId(principal);
        CommendationStandings standings = queries.query(new FindCommendationStandingsQuery(year),
                ResponseTypes.instanceOf(CommendationStandings.class)).join();
        commands.sendAndWait(new DraftCommendationCommand(Commendations.idOf(year), year, standings.workers(),
                standings.units(), userId, clock.instant()));
        return accepted(year);
    }

    @PostMapping("/confirm")
    @Operation(summary = "确认年度表彰名单 / confirm the year's commendation",
            description = "确认后名单对全体职工公开且不能再改 / once confirmed it is public and final")
    @ApiResponse(responseCode = "204", description = "confirmed")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "not drafted, or confirmed already")
    public ResponseEntity<Void> confirm(@PathVariable int year, @Parameter(hidden = true) Principal principal) {
        commands.sendAndWait(new ConfirmCommendationCommand(Commendations.idOf(year), userId(principal),
                clock.instant()));
        return accepted(year);
    }

    @PostMapping("/craftsmen")
    @Operation(summary = "授予金牌工匠 / confer 金牌工匠 on a worker",
            description = "附颁奖词，印在荣誉证书上；每人每年一次 / with a citation for the certificate; once a year")
    @ApiResponse(responseCode = "204", description = "conferred")
    @ApiResponse(responseCode = "400", description = "not a worker, or no citation")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "conferred on the worker this year already")
    public ResponseEntity<Void> confer(@PathVariable int year, @Valid @RequestBody CraftsmanRequest body,
                                       @Parameter(hidden = true) Principal principal) {
        commands.sendAndWait(new ConferCraftsmanCommand(Commendations.idOf(year), year, body.workerId(),
                body.citation(), userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/recommendations")
    @Operation(summary = "推荐成果参加集团竞赛 / recommend a result to the group's competition",
            description = "只能推荐本年度的获奖成果，每项一次 / an awarded result of the year, once")
    @ApiResponse(responseCode = "204", description = "recommended")
    @ApiResponse(responseCode = "400", description = "invalid input")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "not an awarded result of the year, or recommended already")
    public ResponseEntity<Void> recommend(@PathVariable int year, @Valid @RequestBody RecommendRequest body,
                                          @Parameter(hidden = true) Principal principal) {
        commands.sendAndWait(new RecommendResultCommand(Commendations.idOf(year), year, body.proposalId(),
                body.note(), userId(principal), clock.instant()));
        return accepted(year);
    }

    private static ResponseEntity<Void> accepted(int year) {
        return ResponseEntity.noContent().location(URI.create("/api/commendations/" + year)).build();
    }

    private static String userId(Principal principal) {
        Login.userId(principal);
        return principal.getName();
    }
}
