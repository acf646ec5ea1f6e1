package com.wuxiao.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * API callers without valid credentials get a 401 problem document (and a Basic challenge), not
 * the browser's redirect to the login page.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final String BODY = """
            {"type":"urn:wuxiao:problem:login-required","title":"请先登录 / log in first","status":401,\
            "detail":"请先登录 / log in first","code":"login-required",\
            "messageZh":"请先登录","messageEn":"log in first"}""";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"wuxiao\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
    }
}
