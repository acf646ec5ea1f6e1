package com.wuxiao.infra.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo year's steps in the order of their time. The loader moves the clock once per step, so
 * everything a step does happens at (or just after) its time, and time never runs backwards.
 */
final class DemoTimeline {

    record Step(Instant at, String label, Runnable action) {
    }

    private final List<Step> steps = new ArrayList<>();

    void at(Instant at, String label, Runnable action) {
        steps.add(new Step(at, label, action));
    }

    /** By time; steps at the same time keep the order they were added in. */
    List<Step> steps() {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Step::at));
        return sorted;
    }
}
