package com.wuxiao.infra.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Errors of Camunda's REST API ({@code /engine-rest}) when a task completion breaks one of our rules.
 * <p>
 * Camunda reports any failure inside a completion as a 500 ("Cannot complete task …"), even when a
 * listener's command was refused by an aggregate or lost a race for it. Here a broken rule found
 * among the causes becomes the same problem document as on our own API (400/403/404/409), and a
 * write that lost to a concurrent one becomes 409. Everything else is answered by Camunda's own
 * handlers, unchanged. This mapper replaces those three handlers in {@link EngineRestConfiguration}
 * rather than competing with them for the same exception types.
 */
class EngineRestProblems implements ExceptionMapper<Throwable> {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private final RestExceptionHandler restExceptions = new RestExceptionHandler();
    private final ProcessEngineExceptionHandler engineExceptions = new ProcessEngineExceptionHandler();
    private final ExceptionHandler otherExceptions = new ExceptionHandler();

    @Override
    public Response toResponse(Throwable failure) {
        Optional<ProblemDetail> problem = Problems.ruleViolationIn(failure).map(Problems::of)
                .or(() -> Problems.isConcurrentChange(failure) ? Optional.of(Problems.concurrentChange()) : Optional.empty());
        if (problem.isPresent()) {
            return Response.status(problem.get().getStatus()).type(PROBLEM_JSON).entity(body(problem.get())).build();
        }
        if (failure instanceof RestException rest) {
            return restExceptions.toResponse(rest);
        }
        if (failure instanceof ProcessEngineException engine) {
            return engineExceptions.toResponse(engine);
        }
        return otherExceptions.toResponse(failure);
    }

    /** Flat, as Spring writes a ProblemDetail; Camunda's JSON provider does not know Spring's mix-in. */
    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
