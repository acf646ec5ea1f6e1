package com.wuxiao.query.web;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;

import java.util.concurrent.CompletionException;

/** Asks the query bus from a controller and rethrows a handler's own exception (e.g. a RuleViolation). */
public final class Queries {

    private Queries() {
    }

    public static <R> R ask(QueryGateway queries, Object query, ResponseType<R> responseType) {
        try {
            return queries.query(query, responseType).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
