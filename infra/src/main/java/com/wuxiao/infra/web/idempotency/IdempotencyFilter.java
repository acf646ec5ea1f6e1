package com.wuxiao.infra.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.infra.web.BufferedBodyRequest;
import com.wuxiao.infra.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Safe retries of POST requests to the API that carry an {@code Idempotency-Key} header.
 * <p>
 * The whole request runs in one transaction that first claims the key (per user), then lets the
 * controller work (Axon's command handling and Camunda join this transaction), then stores the
 * answer. A retry with the same key and request gets the stored answer and changes nothing; one
 * that comes while the first is still running waits for it on the key's primary key. Only
 * successful (2xx) answers are kept: on any other the transaction rolls back, so the client may
 * try again. The answer is buffered and reaches the client only after the commit, so a client never
 * sees a success that was not kept.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    /** Claims that lost to a concurrent deletion of the key (the cleanup) before trying no more. */
    private static final int MAX_CLAIMS = 3;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties, TransactionTemplate transaction,
                      Clock clock, ObjectMapper json) {
        this.keys = keys;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> values = Collections.list(request.getHeaders(KEY_HEADER));
        if (values.size() != 1 || !wellFormed(values.get(0))) {
            writeProblem(response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key 须为 1–255 个可打印 ASCII 字符，且只能有一个",
                    "Idempotency-Key must be one value of 1–255 printable ASCII characters"));
            return;
        }
        Principal user = request.getUserPrincipal();
        if (user == null) {
            // Keys are per user; the API refuses anonymous callers anyway (security runs first).
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest forwarded;
        byte[] fingerprinted;
        if (MultipartFingerprint.applies(request)) {
            // An upload is parsed by the servlet container (parts spill to disk) and fingerprinted by its
            // parts: its raw body is too large to buffer, and its random boundary differs on every retry.
            try {
                fingerprinted = MultipartFingerprint.of(request);
            } catch (MultipartFingerprint.TooLarge tooLarge) {
                writeProblem(response, Problems.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE));
                return;
            } catch (MultipartFingerprint.Unreadable unreadable) {
                writeProblem(response, Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
                        "请求内容无法解析（格式或取值错误）", "the request body cannot be read (bad format or value)"));
                return;
            }
            forwarded = request;
        } else {
            BufferedBodyRequest buffered;
            try {
                buffered = BufferedBodyRequest.of(request);
            } catch (BufferedBodyRequest.BodyTooLarge tooLarge) {
                writeProblem(response, Problems.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE));
                return;
            }
            fingerprinted = buffered.body();
            forwarded = buffered;
        }
        String path = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        Attempt attempt = new Attempt(user.getName(), values.get(0),
                RequestFingerprint.of(request.getMethod(), path, fingerprinted),
                forwarded, new ContentCachingResponseWrapper(response), chain);

        Outcome outcome;
        try {
            outcome = transaction.execute(status -> attempt.run(status::setRollbackOnly));
        } catch (ChainFailure failure) {
            failure.rethrow();
            return;
        } catch (TransactionException | DataAccessException e) {
            // The answer was not kept (or cannot be known to be); nothing has reached the client yet.
            log.warn("Idempotent request {} {} failed to commit", request.getMethod(), path, e);
            response.reset();
            writeProblem(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "idempotent-request-not-saved",
                    "请求未能保存，请用同一 Idempotency-Key 重试",
                    "the request could not be saved; retry with the same Idempotency-Key"));
            return;
        }
        if (outcome instanceof Outcome.Replay replay) {
            replay(replay.response(), response);
        } else if (outcome instanceof Outcome.KeyReused) {
            writeProblem(response, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "该 Idempotency-Key 已用于另一请求（路径或内容不同）",
                    "this Idempotency-Key was used for a different request (other path or body)"));
        } else {
            attempt.response.copyBodyToResponse();
        }
    }

    /** One request with a key, run inside the transaction. */
    private final class Attempt {

        private final String userId;
        private final String key;
        private final RequestFingerprint fingerprint;
        private final HttpServletRequest request;
        private final ContentCachingResponseWrapper response;
        private final FilterChain chain;

        Attempt(String userId, String key, RequestFingerprint fingerprint, HttpServletRequest request,
                ContentCachingResponseWrapper response, FilterChain chain) {
            this.userId = userId;
            this.key = key;
            this.fingerprint = fingerprint;
            this.request = request;
            this.response = response;
            this.chain = chain;
        }

        Outcome run(Runnable rollback) {
            for (int claims = 0; claims < MAX_CLAIMS; claims++) {
                Instant now = clock.instant();
                if (keys.claim(userId, key, fingerprint, now, now.minus(properties.retention()))) {
                    return answer(rollback);
                }
                Optional<IdempotencyKeys.Remembered> earlier = keys.find(userId, key);
                if (earlier.isPresent()) {
                    return earlier.get().fingerprint().equals(fingerprint)
                            ? new Outcome.Replay(earlier.get().response())
                            : new Outcome.KeyReused();
                }
                // Deleted as expired between the claim and the lookup: claim again.
            }
            throw new IllegalStateException("idempotency key " + key + " could not be claimed");
        }

        private Outcome answer(Runnable rollback) {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException e) {
                throw new ChainFailure(e);
            }
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                keys.remember(userId, key, new StoredResponse(status, response.getContentType(),
                        response.getHeader(HttpHeaders.LOCATION), response.getContentAsByteArray()));
            } else {
                rollback.run();
            }
            return new Outcome.Answered();
        }
    }

    private sealed interface Outcome {

        record Answered() implements Outcome {
        }

        record Replay(StoredResponse response) implements Outcome {
        }

        record KeyReused() implements Outcome {
        }
    }

    /** A checked failure of the filter chain, carried out of the transaction (rolling it back). */
    private static final class ChainFailure extends RuntimeException {

        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Visible ASCII and spaces, not blank: what fits an HTTP header and a log line unchanged. */
    static boolean wellFormed(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    private void writeProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
