package com.wuxiao.infra.web;

import com.wuxiao.command.common.api.RuleViolation;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Optional;

/** RFC 9457 problem documents of our own REST API and of Camunda's, built the same way. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:wuxiao:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String zh, String en) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, zh + " / " + en);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(zh + " / " + en);
        problem.setProperty("code", code);
        problem.setProperty("messageZh", zh);
        problem.setProperty("messageEn", en);
        return problem;
    }

    /** The house's problem for a status that Spring MVC, not our code, decided. */
    public static ProblemDetail ofStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> of(status, "bad-request", "请求无效", "bad request");
            case 404 -> of(status, "not-found", "对象不存在", "no such object");
            case 405 -> of(status, "method-not-allowed", "不支持该请求方法", "method not allowed");
            case 406 -> of(status, "not-acceptable", "无法提供所要求的格式", "the requested format is not available");
            case 413 -> of(status, "payload-too-large", "请求内容过大", "the request is too large");
            case 415 -> of(status, "unsupported-media-type", "请求内容须为 JSON（application/json）",
                    "the request body must be JSON (application/json)");
            default -> status.is5xxServerError()
                    ? of(status, "server-error", "服务器出错", "the server failed")
                    : of(status, "request-failed", "请求失败", "the request failed");
        };
    }

    static ProblemDetail of(RuleViolation violation) {
        ProblemDetail problem = of(statusOf(violation.kind()), violation.code(), violation.messageZh(),
                violation.messageEn());
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
        }
        return problem;
    }

    static ProblemDetail concurrentChange() {
        return of(HttpStatus.CONFLICT, "concurrent-change",
                "数据已被他人修改，请刷新后重试", "changed by someone else meanwhile; reload and retry");
    }

    /** Commands and task completions wrap a broken rule (Axon, Camunda, Camunda's REST layer). */
    static Optional<RuleViolation> ruleViolationIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    /** Someone else's write to the same aggregate or engine entity committed first. */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof ConflictingAggregateVersionException
                || cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    private static HttpStatus statusOf(RuleViolation.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
    }
}
