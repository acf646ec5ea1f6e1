package com.wuxiao.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Wuxiao: one application over one PostgreSQL database for events, projections and processes. */
@SpringBootApplication(scanBasePackages = "com.wuxiao")
@ConfigurationPropertiesScan("com.wuxiao")
public class WuxiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(WuxiaoApplication.class, args);
    }
}
