package com.wuxiao.infra.demo;

import com.wuxiao.infra.WuxiaoApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;

/**
 * The demo year on an empty database of its own: one context with the year enabled (the suite's
 * shared context has it off), loaded once at its start and shared by every class extending this one.
 */
@SpringBootTest(classes = WuxiaoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = DemoYear.ENABLED + "=true")
@ActiveProfiles({"it", "demo"})
abstract class DemoYearSupport {

    @Autowired
    DemoYearLoader loader;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Value("${wuxiao.demo.password}")
    String password;

    @LocalServerPort
    int port;

    DemoYearPlan plan() {
        return loader.plan();
    }

    String year() {
        return String.valueOf(loader.year());
    }

    TestRestTemplate as(String userId) {
        return http.withBasicAuth(userId, password);
    }

    TestRestTemplate leader() {
        return as("leader");
    }
}
