package com.wuxiao.command.proposal;

import com.wuxiao.command.testing.ProcessCommandIds;
import com.wuxiao.command.attachment.AttachmentLimits;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;

/** A {@link Proposal} fixture with the test organisation and year injected into the handlers. */
abstract class ProposalFixtureTest {

    protected FixtureConfiguration<Proposal> fixture;

    @BeforeEach
    void setUpFixture() {
        fixture = ProcessCommandIds.onEvents(new AggregateTestFixture<>(Proposal.class))
                .registerInjectableResource(ProposalTestData.directory())
                .registerInjectableResource(ProposalTestData.years())
                .registerInjectableResource(AttachmentLimits.defaults())
                .registerInjectableResource(ProposalTestData.needs());
    }
}
