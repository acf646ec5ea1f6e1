package com.wuxiao.command.appraisal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;

/** An {@link AppraisalRound} fixture with the test organisation and year injected into the handlers. */
abstract class AppraisalFixtureTest {

    protected FixtureConfiguration<AppraisalRound> fixture;

    @BeforeEach
    void setUpFixture() {
        fixture = new AggregateTestFixture<>(AppraisalRound.class)
                .registerInjectableResource(AppraisalTestData.directory())
                .registerInjectableResource(AppraisalTestData.years());
    }
}
