package com.wuxiao.infra.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether this run loads the demo year: only in the {@code demo} profile and only with
 * {@value #ENABLED} set. The property alone does nothing, so no setting outside the demo profile
 * can make the clock movable.
 */
public final class DemoYear {

    public static final String ENABLED = "wuxiao.demo.year.enabled";
    /** The seed of the plan: the same seed gives the same year. */
    public static final String SEED = "wuxiao.demo.year.seed";
    public static final long DEFAULT_SEED = 20_250_101L;

    private DemoYear() {
    }

    static boolean loads(ConditionContext context) {
        return context.getEnvironment().matchesProfiles("demo")
                && context.getEnvironment().getProperty(ENABLED, Boolean.class, false);
    }

    /** The demo year loads in this run: the movable clock and the loader exist. */
    public static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return loads(context);
        }
    }

    /** Every other run: the system clock, which nothing can move. */
    public static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !loads(context);
        }
    }
}
