package com.wuxiao.query.leaderboard;

import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardChanged;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.period.api.Period;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Live boards hear of a ledger change of their period, and of nothing else. */
class LeaderboardProjectionNotifyTest {

    /** 2026-12-31 17:00 UTC is January 2027 in Beijing. */
    private static final Instant FINALISED = Instant.parse("2026-12-31T17:00:00Z");
    private static final RewardGrantedEvent REWARD =
            new RewardGrantedEvent("2026-Q4", "P1", "ZC1", "w1001", "ZC1", Grade.FIRST, 60, 300_000, FINALISED);

    private final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);
    private final JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class,
            invocation -> JdbcClient.StatementSpec.class.equals(invocation.getMethod().getReturnType())
                    ? invocation.getMock() : Mockito.RETURNS_DEFAULTS.answer(invocation));
    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final LeaderboardProjection projection = new LeaderboardProjection(jdbc, emitter);

    LeaderboardProjectionNotifyTest() {
        when(jdbc.sql(anyString())).thenReturn(statement);
    }

    private void handle(ReplayStatus replay) {
        projection.on(REWARD, new GenericDomainEventMessage<>("AppraisalRound", "2026-Q4", 7, REWARD), replay);
    }

    private static FindLeaderboardQuery board(String period) {
        return new FindLeaderboardQuery(LeaderboardKind.UNITS, Period.parse(period), 0, 20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewEntryNotifiesBoardsOfItsMonthQuarterAndYearInBeijing() {
        when(statement.update()).thenReturn(1);

        handle(ReplayStatus.REGULAR);

        ArgumentCaptor<Predicate<FindLeaderboardQuery>> which = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<Object> update = ArgumentCaptor.forClass(Object.class);
        verify(emitter).emit(eq(FindLeaderboardQuery.class), which.capture(), update.capture());
        assertThat(update.getValue()).isEqualTo(new LeaderboardChanged(java.util.List.of("2027", "2027-01", "2027-Q1")));
        assertThat(which.getValue()).accepts(board("2027-01"), board("2027-Q1"), board("2027"))
                .rejects(board("2026-12"), board("2026-Q4"), board("2026"));
    }

    @Test
    void aRedeliveredEventNotifiesNobody() {
        when(statement.update()).thenReturn(0);

        handle(ReplayStatus.REGULAR);

        verifyNoInteractions(emitter);
    }

    @Test
    void nobodyIsNotifiedDuringAReplay() {
        when(statement.update()).thenReturn(1);

        handle(ReplayStatus.REPLAY);

        verifyNoInteractions(emitter);
        verify(statement).update();
    }

    @Test
    void theEntryIsKeyedByEventAndWorker() {
        when(statement.update()).thenReturn(1);
        GenericDomainEventMessage<RewardGrantedEvent> message =
                new GenericDomainEventMessage<>("AppraisalRound", "2026-Q4", 7, REWARD);

        projection.on(REWARD, message, ReplayStatus.REGULAR);

        verify(statement).param("event", message.getIdentifier());
        verify(statement).param("worker", "w1001");
        verify(statement).param("month", "2027-01");
        verify(statement).param("reward", 300_000L);
        verify(emitter).emit(eq(FindLeaderboardQuery.class), any(Predicate.class), any(Object.class));
    }
}
