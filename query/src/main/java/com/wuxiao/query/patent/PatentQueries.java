package com.wuxiao.query.patent;

import com.wuxiao.query.patent.api.FindPatentPipelineQuery;
import com.wuxiao.query.patent.api.FindPatentQuery;
import com.wuxiao.query.patent.api.FindPatentsQuery;
import com.wuxiao.query.patent.api.ListPatentsQuery;
import com.wuxiao.query.patent.api.PatentDetail;
import com.wuxiao.query.patent.api.PatentList;
import com.wuxiao.query.patent.api.PatentPage;
import com.wuxiao.query.patent.api.PatentPipeline;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of the patent pipeline; who may ask is the caller's business (see PatentQueryController). */
@Component
class PatentQueries {

    private final PatentReadModel readModel;

    PatentQueries(PatentReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    PatentPage handle(FindPatentsQuery query) {
        return readModel.page(new PatentReadModel.Filter(query.status(), query.unitId(), query.year()),
                query.page(), query.size());
    }

    @QueryHandler
    PatentList handle(ListPatentsQuery query) {
        return new PatentList(readModel.all(new PatentReadModel.Filter(query.status(), query.unitId(), query.year())));
    }

    /** Null for an unknown case. */
    @QueryHandler
    PatentDetail handle(FindPatentQuery query) {
        return readModel.detail(query.patentId()).orElse(null);
    }

    @QueryHandler
    PatentPipeline handle(FindPatentPipelineQuery query) {
        return readModel.pipeline(query.year(), query.asOf());
    }
}
