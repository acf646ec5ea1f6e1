package com.wuxiao.query.conversion;

import com.wuxiao.query.conversion.api.ConversionDetail;
import com.wuxiao.query.conversion.api.ConversionList;
import com.wuxiao.query.conversion.api.ConversionPage;
import com.wuxiao.query.conversion.api.FindConversionQuery;
import com.wuxiao.query.conversion.api.FindConversionsQuery;
import com.wuxiao.query.conversion.api.ListConversionsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of conversion to production, each limited to the asker's scope. */
@Component
class ConversionQueries {

    private final ConversionReadModel readModel;

    ConversionQueries(ConversionReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    ConversionPage handle(FindConversionsQuery query) {
        return readModel.page(new ConversionReadModel.Filter(query.status(), query.resultUnitId(),
                query.receivingUnitId(), query.ownerId(), query.scope()), query.page(), query.size());
    }

    @QueryHandler
    ConversionList handle(ListConversionsQuery query) {
        return new ConversionList(readModel.all(new ConversionReadModel.Filter(query.status(), query.resultUnitId(),
                query.receivingUnitId(), query.ownerId(), query.scope())));
    }

    /** Null for an unknown conversion and for one outside the scope. */
    @QueryHandler
    ConversionDetail handle(FindConversionQuery query) {
        return readModel.detail(query.conversionId(), query.scope()).orElse(null);
    }
}
