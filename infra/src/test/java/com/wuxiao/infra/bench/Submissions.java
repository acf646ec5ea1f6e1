package com.wuxiao.infra.bench;

import com.wuxiao.infra.bench.Workload.Worker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Declarations through the product's API (the event stored; the monthly review, and with it the
 * screening task, started by its processor) and through the CRUD baseline's endpoint. Counts what
 * was acknowledged, for the check against the database afterwards.
 */
final class Submissions {

    static final String API = "/api/proposals";

    private final BenchHttp http;
    private final AtomicLong acknowledged = new AtomicLong();

    Submissions(BenchHttp http) {
        this.http = http;
    }

    boolean declare(int client) {
        Worker worker = Workload.submitter(client);
        boolean created = http.post(worker.id(), API, Workload.declaration(worker)).status() == 201;
        if (created) {
            acknowledged.incrementAndGet();
        }
        return created;
    }

    boolean declareWithoutEvents(int client) {
        Worker worker = Workload.submitter(client);
        return http.post(worker.id(), CrudBaselineController.PATH, Workload.declaration(worker)).status() == 201;
    }

    /** Declares one proposal as the probe (its own category); its id, or an exception. */
    String declareProbe() {
        BenchHttp.Response response = http.post(Workload.PROBE.id(), API,
                Workload.declaration(Workload.PROBE, Workload.PROBE_CATEGORY));
        if (response.status() != 201) {
            throw new IllegalStateException("probe declaration: " + response.status() + " " + response.body());
        }
        acknowledged.incrementAndGet();
        return BenchHttp.read(response.body()).path("proposalId").asText();
    }

    /** The probe's declaration, visible once its author can read it in the proposal projection. */
    Probe.Change visibleInProposals() {
        return round -> {
            String proposalId = declareProbe();
            return () -> http.get(Workload.PROBE.id(), API + "/" + proposalId).status() == 200;
        };
    }

    long acknowledged() {
        return acknowledged.get();
    }

}
