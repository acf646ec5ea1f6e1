package com.wuxiao.query.leaderboard;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.FindWorkerPointsQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.leaderboard.api.WorkerPoints;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Leaderboards (individuals, units, categories) by month, quarter or year, live as server-sent
 * events, and the logged-in worker's own points and rewards.
 * <p>
 * Points and rankings are open to every logged-in user; other people's reward money only to the
 * union office and administrators. Without {@code period} a board is the current month's.
 */
@RestController
@Tag(name = "Leaderboards", description = "积分排行与个人积分 / leaderboards and own points")
public class LeaderboardController {

    private static final String PERIOD_DESCRIPTION = "2026-11 (month), 2026-Q4 (quarter) or 2026 (year); "
                                                     + "default: the current month (Beijing time)";
    static final String AS_OF_DESCRIPTION = "时间回溯: the board as it stood then, e.g. 2026-06-30T18:00+08:00, "
                                            + "2026-06-30T18:00 (Beijing) or 2026-06-30 (end of that day); default: now";

    private final QueryGateway queries;
    private final LeaderboardStream stream;
    private final Clock clock;

    public LeaderboardController(QueryGateway queries, LeaderboardStream stream, Clock clock) {
        this.queries = queries;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping("/api/leaderboards/{kind}")
    @Operation(summary = "排行榜 / a leaderboard",
            description = "kind: individuals, units or categories. Unit participation rate is not shown: "
                          + "the system does not know units' headcounts yet.")
    @ApiResponse(responseCode = "200", description = "one page of the board, best first")
    @ApiResponse(responseCode = "400", description = "bad period, page or size")
    @ApiResponse(responseCode = "404", description = "unknown kind of board")
    public LeaderboardPage board(@PathVariable String kind,
                                 @Parameter(description = PERIOD_DESCRIPTION)
                                 @RequestParam(required = false) String period,
                                 @RequestParam(defaultValue = "0") int page,
                                 @Parameter(description = "1..100")
                                 @RequestParam(defaultValue = "" + FindLeaderboardQuery.DEFAULT_SIZE) int size,
                                 @Parameter(description = AS_OF_DESCRIPTION) @RequestParam(required = false) String asOf,
                                 @Parameter(hidden = true) Authentication authentication) {
        UnaryOperator<LeaderboardPage> view = viewOf(authentication);
        Instant at = AsOf.parse(asOf);
        FindLeaderboardQuery query = new FindLeaderboardQuery(kindOf(kind), periodOf(period, at), page, size, at);
        return view.apply(ask(query, ResponseTypes.instanceOf(LeaderboardPage.class)));
    }

    @GetMapping(path = "/api/leaderboards/{kind}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "实时排行榜（SSE） / a live leaderboard as server-sent events",
            description = "Sends the board at once and again whenever it changes (event name \"leaderboard\", "
                          + "at most once a second); comments keep the connection alive.")
    public SseEmitter stream(@PathVariable String kind,
                             @Parameter(description = PERIOD_DESCRIPTION)
                             @RequestParam(required = false) String period,
                             @RequestParam(defaultValue = "0") int page,
                             @Parameter(description = "1..100")
                             @RequestParam(defaultValue = "" + FindLeaderboardQuery.DEFAULT_SIZE) int size,
                             @Parameter(hidden = true) Authentication authentication) {
        UnaryOperator<LeaderboardPage> view = viewOf(authentication);
        return stream.open(new FindLeaderboardQuery(kindOf(kind), periodOf(period, null), page, size), view);
    }

    @GetMapping("/api/workers/me/points")
    @Operation(summary = "我的积分与奖金 / the logged-in worker's points and rewards with their entries",
            description = "With a period: its totals and entries, and byMonth, the twelve months of the period's "
                          + "year with their totals (for a month or quarter too, so a page can show the whole year).")
    public WorkerPoints myPoints(@Parameter(description = "2026-11, 2026-Q4 or 2026; default: all time")
                                 @RequestParam(required = false) String period,
                                 @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        Period within = period == null || period.isBlank() ? null : Period.parse(period);
        return ask(new FindWorkerPointsQuery(authentication.getName(), within),
                ResponseTypes.instanceOf(WorkerPoints.class));
    }

    /** The period asked for, else the month of the instant asked about (now by default). */
    private Period periodOf(String key, Instant asOf) {
        return key == null || key.isBlank() ? Period.of(Period.Kind.MONTH, asOf == null ? clock.instant() : asOf)
                : Period.parse(key);
    }

    private static LeaderboardKind kindOf(String path) {
        return LeaderboardKind.ofPath(path).orElseThrow(() -> RuleViolation.notFound("unknown-leaderboard"));
    }

    /** Other people's reward money only for the union office and administrators. */
    static UnaryOperator<LeaderboardPage> viewOf(Authentication authentication) {
        return Callers.isUnionOffice(authentication) ? UnaryOperator.identity() : LeaderboardPage::withoutRewards;
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return Queries.ask(queries, query, responseType);
    }
}
