package com.wuxiao.infra.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.wuxiao.command.common.api.RuleViolation;
import org.slf4j.Marker;

/**
 * Camunda logs every exception that ends one of its commands at ERROR with a stack trace
 * (ENGINE-16004), also a rule's refusal of a Tasklist form ("choose whether the objection is
 * upheld"): the user reads that message in Tasklist, and the log would cry wolf for each one. Such
 * refusals are logged once, at INFO and without the stack; every other engine error stays ERROR.
 */
final class RefusalLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RefusalLogFilter.class);

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable thrown) {
        if (level != Level.ERROR || !ENGINE_CONTEXT.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        RuleViolation refusal = refusal(thrown != null ? thrown : lastThrowable(params));
        if (refusal == null) {
            return FilterReply.NEUTRAL;
        }
        log.info("A process step refused: {} ({})", refusal.messageEn(), refusal.code());
        return FilterReply.DENY;
    }

    static RuleViolation refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        return null;
    }

    /** SLF4J passes the throwable as the last argument of a parameterised message. */
    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
