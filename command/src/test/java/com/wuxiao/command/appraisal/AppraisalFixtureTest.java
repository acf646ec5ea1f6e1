package com.wuxiao.command.appraisal;

import com.wuxiao.command.testing.ProcessCommandIds;
import com.wuxiao.command.testing.InMemoryAppraisalPools;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;

/**
 * An {@link AppraisalRound} fixture with the test organisation, year and pool (the round's quarter
 * holds {@link AppraisalTestData#POOL}) injected into the handlers.
 */
abstract class AppraisalFixtureTest {

    protected FixtureConfiguration<AppraisalRound> fixture;
    protected InMemoryAppraisalPools pools;

    @BeforeEach
    void setUpFixture() {
        pools = new InMemoryAppraisalPools().with(2026, 4, AppraisalTestData.POOL);
        fixture = ProcessCommandIds.onEvents(new AggregateTestFixture<>(AppraisalRound.class))
                .registerInjectableResource(AppraisalTestData.directory())
                .registerInjectableResource(AppraisalTestData.years())
                .registerInjectableResource(pools);
    }
}
