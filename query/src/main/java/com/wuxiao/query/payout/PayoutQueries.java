package com.wuxiao.query.payout;

import com.wuxiao.query.payout.api.FindMyRewardsQuery;
import com.wuxiao.query.payout.api.FindPayoutBatchQuery;
import com.wuxiao.query.payout.api.FindPayoutBatchesQuery;
import com.wuxiao.query.payout.api.FindPayoutItemsQuery;
import com.wuxiao.query.payout.api.MyRewards;
import com.wuxiao.query.payout.api.PayoutBatchDetail;
import com.wuxiao.query.payout.api.PayoutBatchPage;
import com.wuxiao.query.payout.api.PayoutItemPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of reward payouts; who may ask is the controller's business. */
@Component
class PayoutQueries {

    private final PayoutReadModel readModel;

    PayoutQueries(PayoutReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    PayoutItemPage handle(FindPayoutItemsQuery query) {
        return readModel.items(query);
    }

    @QueryHandler
    PayoutBatchPage handle(FindPayoutBatchesQuery query) {
        return readModel.batches(query.year(), query.page(), query.size());
    }

    /** Null for an unknown batch. */
    @QueryHandler
    PayoutBatchDetail handle(FindPayoutBatchQuery query) {
        return readModel.batch(query.batchId()).orElse(null);
    }

    @QueryHandler
    MyRewards handle(FindMyRewardsQuery query) {
        return readModel.mine(query.workerId(), query.year());
    }
}
