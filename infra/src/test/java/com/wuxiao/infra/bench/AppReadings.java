package com.wuxiao.infra.bench;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark reads from the running app besides its answers: each processor's lag from
 * {@code /actuator/prometheus} (as an operator would) and, over JMX on localhost, the heap after a
 * full collection.
 */
final class AppReadings {

    private static final Pattern LAG = Pattern.compile(
            "^wuxiao_processor_lag_events\\{[^}]*processor=\"([^\"]+)\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    private final BenchHttp http;
    private final String admin;
    private final int jmxPort;

    AppReadings(BenchHttp http, String admin, int jmxPort) {
        this.http = http;
        this.admin = admin;
        this.jmxPort = jmxPort;
    }

    /** Events behind the head, per processor (−1: no token yet). */
    Map<String, Double> lag() {
        BenchHttp.Response metrics = http.get(admin, "/actuator/prometheus");
        if (!metrics.ok()) {
            throw new IllegalStateException("/actuator/prometheus: " + metrics.status());
        }
        Map<String, Double> lag = new TreeMap<>();
        Matcher matcher = LAG.matcher(metrics.body());
        while (matcher.find()) {
            lag.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return lag;
    }

    /** Waits until no processor is behind the head; returns how long that took. */
    Duration awaitCaughtUp(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        Map<String, Double> lag = lag();
        while (lag.values().stream().anyMatch(events -> events > 0)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processors still behind after " + atMost + ": " + lag);
            }
            Thread.sleep(250);
            lag = lag();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Waits until each of these processors is exactly at the head (a processor just reset may read
     * as having no token yet, which {@link #awaitCaughtUp} would take for caught up).
     */
    void awaitAtHead(Collection<String> processors, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long reported = 0;
        while (true) {
            Map<String, Double> lag = lag();
            if (processors.stream().allMatch(name -> Double.valueOf(0).equals(lag.get(name)))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processors not at the head after " + atMost + ": " + lag);
            }
            if (System.nanoTime() - reported > 10_000_000_000L) {
                System.out.println("replaying, events behind: " + lag);
                reported = System.nanoTime();
            }
            Thread.sleep(250);
        }
    }

    /** Heap in use right after a full collection, in bytes. */
    long heapAfterFullGc() throws IOException {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
        try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }
}
