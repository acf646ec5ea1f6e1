package com.wuxiao.command.testing;

import com.wuxiao.command.common.ProcessCommandCorrelation;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** What the app's command bus does for fixtures: a process command's id reaches its events as meta-data. */
public final class ProcessCommandIds {

    private ProcessCommandIds() {
    }

    public static <T> FixtureConfiguration<T> onEvents(FixtureConfiguration<T> fixture) {
        return fixture.registerCommandHandlerInterceptor(
                new CorrelationDataInterceptor<>(new ProcessCommandCorrelation()));
    }
}
