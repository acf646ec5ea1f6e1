package com.wuxiao.query.commendation;

import com.wuxiao.query.commendation.api.CommendationDetail;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationQuery;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of the annual commendation. */
@Component
class CommendationQueries {

    static final String CONFIRMED = "CONFIRMED";

    private final CommendationReadModel readModel;

    CommendationQueries(CommendationReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    CommendationDetail handle(FindCommendationQuery query) {
        return readModel.detail(query.year())
                .filter(detail -> query.draftsVisible() || CONFIRMED.equals(detail.status()))
                .orElse(null);
    }

    @QueryHandler
    CommendationStandings handle(FindCommendationStandingsQuery query) {
        return readModel.standings(query.year(), query.asOf());
    }
}
