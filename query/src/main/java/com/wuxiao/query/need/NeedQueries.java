package com.wuxiao.query.need;

import com.wuxiao.query.need.api.FindNeedQuery;
import com.wuxiao.query.need.api.FindNeedsQuery;
import com.wuxiao.query.need.api.NeedDetail;
import com.wuxiao.query.need.api.NeedPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of production needs; anyone logged in reads them. */
@Component
class NeedQueries {

    private final NeedReadModel readModel;

    NeedQueries(NeedReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    NeedPage handle(FindNeedsQuery query) {
        return readModel.page(query.open(), query.unitId(), query.today(), query.page(), query.size());
    }

    /** Null for an unknown need. */
    @QueryHandler
    NeedDetail handle(FindNeedQuery query) {
        return readModel.detail(query.needId(), query.today()).orElse(null);
    }
}
