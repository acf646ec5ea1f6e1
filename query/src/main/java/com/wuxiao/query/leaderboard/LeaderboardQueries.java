package com.wuxiao.query.leaderboard;

import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.FindWorkerPointsQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.leaderboard.api.WorkerPoints;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers leaderboard and points queries from the ledger; also the initial result of live boards. */
@Component
public class LeaderboardQueries {

    private final LeaderboardReadModel readModel;

    LeaderboardQueries(LeaderboardReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public LeaderboardPage handle(FindLeaderboardQuery query) {
        return readModel.board(query);
    }

    @QueryHandler
    public WorkerPoints handle(FindWorkerPointsQuery query) {
        return readModel.worker(query.workerId(), query.period());
    }
}
