package com.wuxiao.command.patent;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.testing.InMemoryAwardedResults;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import com.wuxiao.command.testing.ProcessCommandIds;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One awarded result of 2025 by w1 (70 %, unit ZC1) and w2 (30 %, unit JJ2), nominated on
 * 2025-09-01 (Beijing), and the steps of its case at fixed times.
 */
final class PatentTestData {

    static final String PROPOSAL = "p-1";
    static final String ID = "PAT-p-1";
    static final String TITLE = "采煤机截齿快换装置";
    static final Instant AWARDED_AT = Instant.parse("2025-07-06T02:00:00Z");
    /** 2025-09-01 10:00 Beijing. */
    static final Instant NOMINATED_AT = Instant.parse("2025-09-01T02:00:00Z");
    static final Instant PREPARED_AT = Instant.parse("2025-09-20T02:00:00Z");
    /** 2025-10-10 10:00 Beijing. */
    static final Instant FILED_AT = Instant.parse("2025-10-10T02:00:00Z");
    static final LocalDate FILED_ON = LocalDate.of(2025, 10, 9);
    /** Start of FILED_ON in Beijing (2025-10-09 00:00+08:00): when the filing points are earned. */
    static final Instant FILED_ON_START = Instant.parse("2025-10-08T16:00:00Z");
    static final Instant ACTION_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 1);
    static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 5, 1);
    static final Instant ANSWERED_AT = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate ANSWERED_ON = LocalDate.of(2026, 4, 9);
    static final Instant DECIDED_AT = Instant.parse("2026-08-03T02:00:00Z");
    static final LocalDate DECIDED_ON = LocalDate.of(2026, 8, 1);
    /** Start of DECIDED_ON in Beijing (2026-08-01 00:00+08:00): when grant points are earned. */
    static final Instant DECIDED_ON_START = Instant.parse("2026-07-31T16:00:00Z");
    static final String APPLICATION_NUMBER = "202510123456.7";

    static final AwardedResult RESULT = new AwardedResult(PROPOSAL, TITLE, "ZC1", "JDYS", 2025, "2025-Q2",
            Grade.FIRST, List.of(new Author("w1", 70), new Author("w2", 30)), AWARDED_AT);
    /** Awarded in round 2024-Q4: its points table is 2024's. */
    static final AwardedResult RESULT_2024 = new AwardedResult("p-0", "旧成果", "ZC1", "JDYS", 2024, "2024-Q4",
            Grade.THIRD, List.of(new Author("w1", 100)), Instant.parse("2025-01-06T02:00:00Z"));

    private PatentTestData() {
    }

    static FixtureConfiguration<PatentCase> fixture() {
        return fixture(YearConfig.defaults(2025, List.of(new Category("JDYS", "机电运输"))));
    }

    static FixtureConfiguration<PatentCase> fixture(YearConfig year2025) {
        return ProcessCommandIds.onEvents(new AggregateTestFixture<>(PatentCase.class))
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("GH").unit("ZC1").unit("JJ2")
                        .actor("leader", "GH", Role.UNION_LEADER)
                        .actor("w1", "ZC1", Role.WORKER)
                        .actor("w2", "JJ2", Role.WORKER)
                        .actor("c1", "ZC1", Role.UNIT_COORDINATOR))
                .registerInjectableResource(new InMemoryCompetitionYears().with(year2025))
                .registerInjectableResource(new InMemoryAwardedResults().with(RESULT).with(RESULT_2024));
    }

    static PatentNominatedEvent nominated(PatentType type) {
        return new PatentNominatedEvent(ID, PROPOSAL, TITLE, "ZC1", 2025, type, AWARDED_AT, "leader", NOMINATED_AT);
    }

    static PatentNominatedEvent nominated() {
        return nominated(PatentType.INVENTION);
    }

    static PatentApplicationPreparedEvent prepared() {
        return new PatentApplicationPreparedEvent(ID, PROPOSAL, "金诚专利代理", null, "leader", PREPARED_AT);
    }

    static PatentFiledEvent filed(PatentType type) {
        return new PatentFiledEvent(ID, PROPOSAL, "ZC1", type, APPLICATION_NUMBER, FILED_ON, "leader", FILED_AT);
    }

    static PatentFiledEvent filed() {
        return filed(PatentType.INVENTION);
    }

    static OfficeActionRecordedEvent officeAction(int sequence) {
        return new OfficeActionRecordedEvent(ID, PROPOSAL, sequence, ISSUED_ON, RESPONSE_DUE, "权利要求1缺乏创造性",
                "leader", ACTION_AT);
    }

    static OfficeActionAnsweredEvent answered(int sequence) {
        return new OfficeActionAnsweredEvent(ID, PROPOSAL, sequence, ANSWERED_ON, "修改权利要求", "leader", ANSWERED_AT);
    }

    /** History of a filed case of the given type. */
    static Object[] filedCase(PatentType type) {
        return new Object[]{nominated(type), prepared(), filed(type)};
    }

    static EventMessage<?> byProcess(Object event, String processCommandId) {
        return GenericEventMessage.asEventMessage(event)
                .andMetaData(MetaData.with(ProcessCommand.META_DATA_KEY, processCommandId));
    }
}
