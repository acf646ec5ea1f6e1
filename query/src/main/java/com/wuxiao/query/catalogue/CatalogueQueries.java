package com.wuxiao.query.catalogue;

import com.wuxiao.query.catalogue.api.CataloguePage;
import com.wuxiao.query.catalogue.api.CatalogueResult;
import com.wuxiao.query.catalogue.api.FindCatalogueResultQuery;
import com.wuxiao.query.catalogue.api.FindMeetingQuery;
import com.wuxiao.query.catalogue.api.FindMeetingsQuery;
import com.wuxiao.query.catalogue.api.FindResultRequestsQuery;
import com.wuxiao.query.catalogue.api.MeetingDetail;
import com.wuxiao.query.catalogue.api.MeetingPage;
import com.wuxiao.query.catalogue.api.ResultRequestPage;
import com.wuxiao.query.catalogue.api.SearchCatalogueQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of the catalogue, requests and meetings; who may ask is the controller's business. */
@Component
class CatalogueQueries {

    private final CatalogueReadModel catalogue;
    private final RequestReadModel requests;

    CatalogueQueries(CatalogueReadModel catalogue, RequestReadModel requests) {
        this.catalogue = catalogue;
        this.requests = requests;
    }

    @QueryHandler
    CataloguePage handle(SearchCatalogueQuery query) {
        return catalogue.search(query);
    }

    /** Null for a proposal that is not an awarded result. */
    @QueryHandler
    CatalogueResult handle(FindCatalogueResultQuery query) {
        return catalogue.result(query.proposalId()).orElse(null);
    }

    @QueryHandler
    ResultRequestPage handle(FindResultRequestsQuery query) {
        return requests.requests(query);
    }

    @QueryHandler
    MeetingPage handle(FindMeetingsQuery query) {
        return requests.meetings(query.invitedOwnerId(), query.page(), query.size());
    }

    /** Null for an unknown meeting or one the owner is not invited to. */
    @QueryHandler
    MeetingDetail handle(FindMeetingQuery query) {
        return requests.meeting(query.meetingId(), query.invitedOwnerId()).orElse(null);
    }
}
