package com.wuxiao.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every error leaves the API as RFC 9457 {@code application/problem+json} with a stable
 * {@code type}, a Chinese-and-English message and, for bad input, the offending field.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation violation) {
        ProblemDetail problem = Problems.of(violation);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        log.error("Command failed", e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed",
                "命令执行失败", "the command failed");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** Task completions run delegates and listeners; a broken rule reaches us wrapped by Camunda. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Object> processEngine(ProcessEngineException e) {
        Optional<RuleViolation> violation = Problems.ruleViolationIn(e);
        if (violation.isPresent()) {
            return ruleViolation(violation.get());
        }
        if (e instanceof AuthorizationException) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "not-authorized",
                    "无权执行此操作", "you are not allowed to do this"));
        }
        if (e instanceof OptimisticLockingException) {
            return concurrentChange(e);
        }
        if (e instanceof NotFoundException || e instanceof NullValueException) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(problem(HttpStatus.NOT_FOUND, "not-found", "对象不存在", "no such object"));
        }
        log.error("Process engine failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "process-engine-failure", "流程引擎出错", "the process engine failed"));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "对象不存在", "no such object"));
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingAggregateVersionException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.concurrentChange());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "参数 " + e.getName() + " 的值无效", "invalid value of parameter " + e.getName());
        problem.setProperty("field", e.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A multipart body that cannot be parsed (no boundary, cut off) fails before any controller. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(unreadableBody());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messageOf(error)))
                .toList();
        String summary = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "输入不合法", "invalid input");
        problem.setDetail(summary);
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        ProblemDetail problem = unreadableBody();
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setProperty("field", field);
            problem.setDetail(problem.getDetail() + ": " + field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The problems Spring MVC makes itself (unsupported media type, method not allowed, missing
     * body or parameter, no such resource, …) get the house's type and both languages too.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode statusCode,
                                                          @NonNull WebRequest request) {
        if (body instanceof ProblemDetail spring && ABOUT_BLANK.equals(spring.getType())) {
            ProblemDetail problem = Problems.ofStatus(statusCode);
            problem.setInstance(spring.getInstance());
            body = problem;
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail unreadableBody() {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                "请求内容无法解析（格式或取值错误）", "the request body cannot be read (bad format or value)");
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "无效 / invalid" : error.getDefaultMessage();
    }

    private static ProblemDetail problem(HttpStatusCode status, String code, String zh, String en) {
        return Problems.of(status, code, zh, en);
    }
}
