package com.wuxiao.query.leaderboard;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.FindWorkerPointsQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.leaderboard.api.LeaderboardRow;
import com.wuxiao.query.leaderboard.api.WorkerPoints;
import com.wuxiao.query.period.api.Period;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.wuxiao.query.testing.Logins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class LeaderboardControllerTest {

    /** 2026-11-30 17:00 UTC is already December in Beijing. */
    private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final LeaderboardStream stream = mock(LeaderboardStream.class);
    private final LeaderboardController controller =
            new LeaderboardController(gateway, stream, Clock.fixed(NOW, ZoneOffset.UTC));

    private static final Authentication WORKER = user("w1001", "ROLE_WORKER", "ROLE_ZC1");
    private static final Authentication LEADER = user("leader", "ROLE_UNION_LEADER");

    private static LeaderboardPage board(FindLeaderboardQuery q) {
        return new LeaderboardPage(q.kind(), q.period().key(),
                List.of(new LeaderboardRow(1, "w1001", null, "ZC1", new BigDecimal("21.20"), 300_000L, null, 1, 1)),
                q.page(), q.size(), 1);
    }

    @SuppressWarnings("unchecked")
    private void answerBoards() {
        when(gateway.query(any(FindLeaderboardQuery.class), any(ResponseType.class))).thenAnswer(invocation ->
                CompletableFuture.completedFuture(board(invocation.getArgument(0))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAPeriodTheBoardIsOfTheCurrentMonthInBeijing() {
        answerBoards();

        LeaderboardPage page = controller.board("units", null, 0, 20, null, WORKER);

        assertThat(page.period()).isEqualTo("2026-12");
        verify(gateway).query(eq(new FindLeaderboardQuery(LeaderboardKind.UNITS, Period.month(2026, 12), 0, 20)),
                any(ResponseType.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void quartersAndYearsAreAskedAsGiven() {
        answerBoards();

        controller.board("categories", "2026-Q4", 1, 10, null, WORKER);
        controller.board("INDIVIDUALS", "2026", 0, 100, null, WORKER);

        verify(gateway).query(eq(new FindLeaderboardQuery(LeaderboardKind.CATEGORIES, Period.quarter(2026, 4), 1, 10)),
                any(ResponseType.class));
        verify(gateway).query(eq(new FindLeaderboardQuery(LeaderboardKind.INDIVIDUALS, Period.year(2026), 0, 100)),
                any(ResponseType.class));
    }

    @Test
    void rewardMoneyOfOthersOnlyForTheUnionOfficeAndAdministrators() {
        answerBoards();

        assertThat(controller.board("individuals", "2026-11", 0, 20, null, WORKER).rows().get(0).rewardFen()).isNull();
        assertThat(controller.board("individuals", "2026-11", 0, 20, null, LEADER).rows().get(0).rewardFen())
                .isEqualTo(300_000L);
        assertThat(controller.board("individuals", "2026-11", 0, 20, null, user("admin", "ROLE_ADMIN")).rows().get(0)
                .rewardFen()).isEqualTo(300_000L);
    }

    @Test
    void badInputIsRefusedBeforeAsking() {
        assertThatThrownBy(() -> controller.board("teams", "2026-11", 0, 20, null, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(v.code()).isEqualTo("unknown-leaderboard");
                });
        assertThatThrownBy(() -> controller.board("units", "2026-13", 0, 20, null, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("period"));
        assertThatThrownBy(() -> controller.board("units", "2026-11", 0, 101, null, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("size"));
        assertThatThrownBy(() -> controller.board("units", "2026-11", -1, 20, null, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("page"));
        assertThatThrownBy(() -> controller.stream("units", "Q4", 0, 20, WORKER)).isInstanceOf(RuleViolation.class);
        verifyNoInteractions(gateway, stream);
    }

    @Test
    void withoutALoginNothingIsAsked() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (Authentication nobody : new Authentication[] {null, anonymous}) {
            assertThatThrownBy(() -> controller.board("units", null, 0, 20, null, nobody))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("login-required"));
            assertThatThrownBy(() -> controller.stream("units", null, 0, 20, nobody))
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> controller.myPoints(null, nobody)).isInstanceOf(RuleViolation.class);
        }
        verifyNoInteractions(gateway, stream);
    }

    @Test
    void theStreamShowsTheSameViewAsThePage() {
        controller.stream("individuals", "2026-11", 0, 20, WORKER);

        verify(stream).open(eq(new FindLeaderboardQuery(LeaderboardKind.INDIVIDUALS, Period.month(2026, 11), 0, 20)),
                any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void myPointsAreTheLoggedInWorkersOwnWithRewards() {
        WorkerPoints mine = new WorkerPoints("w1001", null, new BigDecimal("1.20"), 0, List.of());
        when(gateway.query(any(FindWorkerPointsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(mine));

        assertThat(controller.myPoints(null, WORKER)).isSameAs(mine);
        controller.myPoints("2026-Q4", WORKER);

        verify(gateway).query(eq(new FindWorkerPointsQuery("w1001", null)), any(ResponseType.class));
        verify(gateway).query(eq(new FindWorkerPointsQuery("w1001", Period.quarter(2026, 4))), any(ResponseType.class));
    }
}
