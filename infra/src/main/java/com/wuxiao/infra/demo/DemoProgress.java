package com.wuxiao.infra.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The load's progress in the log: each phase with its counts and the time taken so far. */
final class DemoProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoYearLoader.class);

    private final int year;
    private final long startedAt = System.nanoTime();

    DemoProgress(int year) {
        this.year = year;
    }

    void month(int month, long declaredSoFar) {
        log.info("Demo year {}: month {}/12 done, {} proposals declared so far ({})", year, month, declaredSoFar,
                elapsed());
    }

    void round(String roundId, int pool, int scores) {
        log.info("Demo year {}: round {} finalised, {} proposals, {} scores ({})", year, roundId, pool, scores,
                elapsed());
    }

    void info(String what, Object... arguments) {
        log.info("Demo year " + year + ": " + what + " ({})", append(arguments, elapsed()));
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    private final long cpuAtStart = cpuNanos();

    String elapsed() {
        return String.format("%.1f s, JVM CPU %.1f s", elapsedMillis() / 1000.0, (cpuNanos() - cpuAtStart) / 1e9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Object[] append(Object[] arguments, Object last) {
        Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = last;
        return all;
    }
}
