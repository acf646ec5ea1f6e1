package com.wuxiao.query.fund;

import com.wuxiao.query.fund.api.FindFundClaimQuery;
import com.wuxiao.query.fund.api.FindFundClaimsQuery;
import com.wuxiao.query.fund.api.FindFundQuery;
import com.wuxiao.query.fund.api.FundClaimDetail;
import com.wuxiao.query.fund.api.FundClaimList;
import com.wuxiao.query.fund.api.FundClaimPage;
import com.wuxiao.query.fund.api.FundOverview;
import com.wuxiao.query.fund.api.ListFundClaimsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of the innovation fund; who may ask is the controller's business. */
@Component
class FundQueries {

    private final FundReadModel readModel;

    FundQueries(FundReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    FundOverview handle(FindFundQuery query) {
        return readModel.overview(query.year());
    }

    @QueryHandler
    FundClaimPage handle(FindFundClaimsQuery query) {
        return readModel.page(query);
    }

    @QueryHandler
    FundClaimList handle(ListFundClaimsQuery query) {
        return new FundClaimList(readModel.all(query.year()));
    }

    /** Null for an unknown claim. */
    @QueryHandler
    FundClaimDetail handle(FindFundClaimQuery query) {
        return readModel.detail(query.claimId()).orElse(null);
    }
}
