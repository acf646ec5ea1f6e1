package com.wuxiao.infra.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for the app's pages, its API and the Camunda webapps and REST API: form login for
 * browsers, HTTP Basic for API clients (who get a 401 problem document, not a login redirect).
 * Nothing but health, the login page (Wuxiao's own, in Chinese or English) and its stylesheet is
 * anonymous.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
            throws Exception {
        return http
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/login", "/error", "/css/**", "/js/**", "/webjars/**").permitAll()
                        // The pages of the union office; their data is guarded by the API too.
                        .requestMatchers("/dashboard/**").hasAnyRole("UNION_LEADER", "ADMIN")
                        .requestMatchers("/office/**").hasRole("UNION_LEADER")
                        // Every comment, score and decision of an aggregate: the union office and administrators
                        // (the controller says so too, for in-process callers such as the page).
                        .requestMatchers("/api/audit/**").hasAnyRole("UNION_LEADER", "ADMIN")
                        // What-if of the appraisal rules: every proposal's scores and every author's money
                        .requestMatchers("/api/what-if", "/api/what-if/**", "/api/what-if.xlsx")
                        .hasAnyRole("UNION_LEADER", "ADMIN")
                        // a worker's own claims; the union office sees every claim on its fund page
                        .requestMatchers("/fund").hasRole("WORKER")
                        // The organisation import (page and API) writes users and roles, and the operations
                        // API (parked events) shows what the processors hold: administrators only.
                        .requestMatchers("/admin/**", "/api/organisation/**", "/api/admin/**").hasRole("ADMIN")
                        // Metrics show every processor's backlog and Camunda's incidents: administrators too.
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .logout(Customizer.withDefaults())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new ProblemAuthenticationEntryPoint(), API)
                        .defaultAccessDeniedHandlerFor(new ProblemAccessDeniedHandler(), API))
                // Requests with explicit credentials cannot be forged by another site; session-cookie
                // requests can, so they need Spring's CSRF token. The Camunda webapps bring their own.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null,
                        PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")))
                .build();
    }
}
