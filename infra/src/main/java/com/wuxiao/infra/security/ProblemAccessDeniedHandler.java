package com.wuxiao.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * API callers whom the filter chain turns away (most often a write without credentials and so
 * without a CSRF token) get a 403 problem document, not the servlet container's error page.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private static final String CSRF = """
            {"type":"urn:wuxiao:problem:csrf-token-required","title":"缺少有效的 CSRF 令牌，或请用 HTTP Basic 登录 / \
            no valid CSRF token; or log in with HTTP Basic","status":403,\
            "detail":"缺少有效的 CSRF 令牌，或请用 HTTP Basic 登录 / no valid CSRF token; or log in with HTTP Basic",\
            "code":"csrf-token-required","messageZh":"缺少有效的 CSRF 令牌，或请用 HTTP Basic 登录",\
            "messageEn":"no valid CSRF token; or log in with HTTP Basic"}""";

    private static final String DENIED = """
            {"type":"urn:wuxiao:problem:not-authorized","title":"无权执行此操作 / you are not allowed to do this",\
            "status":403,"detail":"无权执行此操作 / you are not allowed to do this","code":"not-authorized",\
            "messageZh":"无权执行此操作","messageEn":"you are not allowed to do this"}""";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = accessDeniedException instanceof CsrfException ? CSRF : DENIED;
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
