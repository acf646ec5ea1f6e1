package com.wuxiao.query.growth;

import com.wuxiao.query.certificate.api.CertificateList;
import com.wuxiao.query.certificate.api.FindCertificatesQuery;
import com.wuxiao.query.growth.api.FindGrowthRecordQuery;
import com.wuxiao.query.growth.api.FindUnitGrowthRecordsQuery;
import com.wuxiao.query.growth.api.GrowthRecord;
import com.wuxiao.query.growth.api.GrowthRecords;
import com.wuxiao.query.people.UnitNames;
import com.wuxiao.query.people.WorkerNames;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Query handlers of the growth records; who may ask is the controller's business. */
@Component
class GrowthQueries {

    private final GrowthReadModel readModel;
    private final WorkerNames workers;
    private final UnitNames units;
    private final QueryGateway queries;

    /** The gateway lazily: this bean is one of its handlers. */
    GrowthQueries(GrowthReadModel readModel, WorkerNames workers, UnitNames units, @Lazy QueryGateway queries) {
        this.readModel = readModel;
        this.workers = workers;
        this.units = units;
        this.queries = queries;
    }

    @QueryHandler
    GrowthRecord handle(FindGrowthRecordQuery query) {
        return record(query.workerId(), workers.namesOf(List.of(query.workerId())));
    }

    @QueryHandler
    GrowthRecords handle(FindUnitGrowthRecordsQuery query) {
        List<String> members = units.membersOf(query.unitId());
        Map<String, String> names = workers.namesOf(members);
        String unitName = units.unitNamesOf(List.of(query.unitId())).getOrDefault(query.unitId(), query.unitId());
        return new GrowthRecords(unitName, members.stream().sorted().map(id -> record(id, names)).toList());
    }

    private GrowthRecord record(String workerId, Map<String, String> names) {
        CertificateList honours = queries.query(new FindCertificatesQuery(workerId, null, null),
                ResponseTypes.instanceOf(CertificateList.class)).join();
        return new GrowthRecord(workerId, names.getOrDefault(workerId, workerId), readModel.years(workerId),
                readModel.proposals(workerId), honours.items());
    }
}
