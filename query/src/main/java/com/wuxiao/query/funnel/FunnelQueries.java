package com.wuxiao.query.funnel;

import com.wuxiao.query.funnel.api.FindFunnelQuery;
import com.wuxiao.query.funnel.api.Funnel;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handler of the conversion funnel. */
@Component
class FunnelQueries {

    private final FunnelReadModel readModel;

    FunnelQueries(FunnelReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    Funnel handle(FindFunnelQuery query) {
        return readModel.funnel(query.period(), query.unitId(), query.asOf());
    }
}
