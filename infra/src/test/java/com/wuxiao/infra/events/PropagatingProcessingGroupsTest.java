package com.wuxiao.infra.events;

import com.wuxiao.command.proposal.AppraisalOutcomePolicy;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PropagatingProcessingGroupsTest {

    @Test
    void theFiveBridgesPropagateTheirErrorsAndNothingElseDoes() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration();
        new PropagatingProcessingGroups().propagatingErrorHandlers().configureModule(configurer);
        EventProcessingConfiguration processing = configurer.buildConfiguration().eventProcessingConfiguration();

        assertThat(PropagatingProcessingGroups.GROUPS).containsExactlyInAnyOrder("monthly-review-bridge",
                "quarterly-appraisal-bridge", "patent-promotion-bridge", "production-conversion-bridge",
                "fund-claim-bridge");
        PropagatingProcessingGroups.GROUPS.forEach(group ->
                assertThat(processing.listenerInvocationErrorHandler(group)).as(group)
                        .isSameAs(PropagatingErrorHandler.instance()));
        assertThat(processing.listenerInvocationErrorHandler(AppraisalOutcomePolicy.PROCESSING_GROUP))
                .as("the policy parks its failures instead").isNotInstanceOf(PropagatingErrorHandler.class);
    }
}
