package com.wuxiao.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the app for the two-node run, started from infra's test classpath with the
 * {@code demo} and {@code bench} profiles on the run's PostgreSQL server, its output in a log file.
 * {@link #kill()} is SIGKILL: the instance gets no chance to release its segments.
 */
final class AppNode {

    final String name;
    final BenchHttp http;
    private final Process process;

    private AppNode(String name, BenchHttp http, Process process) {
        this.name = name;
        this.http = http;
        this.process = process;
    }

    static AppNode start(String name, int port, String classpath, String jdbcUrl, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "com.wuxiao.infra.WuxiaoApplication", "--spring.profiles.active=demo,bench",
                "--server.port=" + port, "--management.endpoint.health.probes.enabled=true"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "", "WUXIAO_DEMO_YEAR_ENABLED", "false"));
        Process process = builder.start();
        // However the run ends, its nodes do not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new AppNode(name, new BenchHttp(URI.create("http://localhost:" + port), "demo123"), process);
    }

    /** Waits until the instance says it is ready; how long that took. */
    Duration awaitReady(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            BenchHttp.Response readiness = http.get(Workload.ADMIN, "/actuator/health/readiness");
            if (readiness.ok() && readiness.body().contains("UP")) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue());
            }
            if (System.nanoTime() - start > atMost.toNanos()) {
                throw new IllegalStateException("node " + name + " not ready after " + atMost);
            }
            Thread.sleep(200);
        }
    }

    /** Whether the instance answers a request that needs the database (the dead-letter list). */
    boolean answersFromTheDatabase() {
        return http.get(Workload.ADMIN, "/api/admin/dead-letters").ok();
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** How Axon names this instance as a segment's owner in {@code tokenentry}: the JVM's {@code pid@host}. */
    boolean owns(String owner) {
        return owner != null && owner.startsWith(process.pid() + "@");
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown (the instance releases its segments and heartbeat). */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
