package com.wuxiao.infra.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One login for the app's pages, its API and the Camunda webapps and REST API: form login for
 * browsers, HTTP Basic for API clients. Nothing but health and the login page is anonymous.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
            throws Exception {
        return http
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/camunda/app/tasklist/", false))
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                // The Camunda webapps bring their own CSRF protection; the JSON APIs are called with
                // explicit credentials or by the webapps' own requests.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"))
                .build();
    }
}
