package com.wuxiao.infra.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalLogFilterTest {

    private final LoggerContext logback = new LoggerContext();
    private final RefusalLogFilter filter = new RefusalLogFilter();

    @Test
    void aRuleRefusalInsideAnEngineErrorIsNotLoggedAsOne() {
        RuntimeException wrapped = new IllegalStateException("ENGINE-03051", RuleViolation.invalid("required", "comment"));
        assertThat(decide(RefusalLogFilter.ENGINE_CONTEXT, Level.ERROR, wrapped)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void everyOtherEngineErrorStays() {
        assertThat(decide(RefusalLogFilter.ENGINE_CONTEXT, Level.ERROR, new IllegalStateException("Unknown property")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(RefusalLogFilter.ENGINE_CONTEXT, Level.ERROR, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.camunda.bpm.engine.jobexecutor", Level.ERROR, RuleViolation.invalid("required", "x")))
                .as("a job's failure is the job executor's to report").isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(RefusalLogFilter.ENGINE_CONTEXT, Level.WARN, RuleViolation.invalid("required", "x")))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    /** As Camunda logs it: a parameterised message with the throwable as its last argument. */
    private FilterReply decide(String logger, Level level, Throwable thrown) {
        return filter.decide(null, logback.getLogger(logger), level, "Exception while closing command context: {}",
                thrown == null ? new Object[] {"x"} : new Object[] {thrown.getMessage(), thrown}, null);
    }
}
