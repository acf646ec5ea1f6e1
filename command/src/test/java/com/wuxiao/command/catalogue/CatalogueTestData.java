package com.wuxiao.command.catalogue;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.testing.InMemoryAwardedResults;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Instant;
import java.util.List;

/**
 * Two awarded results of ZC1 (P1, P2) and one proposal that is not awarded (P9); owners O1 of JJ2,
 * O2 of ZC3 and O3, a second owner of JJ2; the union office L1; a worker of JJ2.
 */
final class CatalogueTestData {

    static final String LEADER = "L1";
    static final Instant AWARDED_AT = Instant.parse("2025-07-06T02:00:00Z");
    static final AwardedResult P1 = result("P1", "采煤机截齿快换");
    static final AwardedResult P2 = result("P2", "皮带机自动纠偏");

    private CatalogueTestData() {
    }

    private static AwardedResult result(String id, String title) {
        return new AwardedResult(id, title, "ZC1", "JDYS", 2025, "2025-Q2", Grade.SECOND,
                List.of(new Author("w1", 100)), AWARDED_AT);
    }

    static <T> FixtureConfiguration<T> fixture(Class<T> aggregate) {
        return new AggregateTestFixture<>(aggregate)
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("GH").unit("ZC1").unit("JJ2").unit("ZC3")
                        .actor(LEADER, "GH", Role.UNION_LEADER)
                        .actor("O1", "JJ2", Role.PRODUCTION_OWNER)
                        .actor("O2", "ZC3", Role.PRODUCTION_OWNER)
                        .actor("O3", "JJ2", Role.PRODUCTION_OWNER)
                        .actor("w2", "JJ2", Role.WORKER))
                .registerInjectableResource(new InMemoryAwardedResults().with(P1).with(P2));
    }
}
