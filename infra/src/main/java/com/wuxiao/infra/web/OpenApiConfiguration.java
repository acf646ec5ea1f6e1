package com.wuxiao.infra.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API description, with HTTP Basic so Swagger UI's "Authorize" sends credentials (no CSRF needed). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Wuxiao 五小 API", version = "v1",
                description = "五小创新竞赛：申报、初审、查询 / declarations, monthly screening, queries"),
        security = @SecurityRequirement(name = OpenApiConfiguration.BASIC))
@SecurityScheme(name = OpenApiConfiguration.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {

    static final String BASIC = "basic";
}
