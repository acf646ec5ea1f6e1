package com.wuxiao.infra.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How the loader works the processes, as their people and the job executor would: tasks completed
 * as the logged-in user (with their groups, so Camunda's authorization and the listeners see them),
 * due jobs executed in place of the job executor, and short polls for what the bridges start.
 */
class DemoEngine implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final DemoProcessors processors;
    private final JdbcClient jdbc;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    /** A few threads: the machine has two cores, and each completion mostly waits for PostgreSQL. */
    private final ExecutorService workers = Executors.newFixedThreadPool(3, r -> {
        Thread thread = new Thread(r, "demo-year-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final TransactionTemplate transactions;
    private boolean jobExecutorPaused;

    DemoEngine(ProcessEngine engine, EventProcessingConfiguration processing, EventStore eventStore, JdbcClient jdbc,
               PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.identity = engine.getIdentityService();
        this.processors = new DemoProcessors(processing, eventStore);
        this.jdbc = jdbc;
    }

    TaskService tasks() {
        return tasks;
    }

    RuntimeService runtime() {
        return runtime;
    }

    /** The loader fires the timers itself, at the demo clock's time; the executor resumes afterwards. */
    void pauseJobExecutor() {
        JobExecutor executor = jobExecutor();
        if (executor != null && executor.isActive()) {
            executor.shutdown();
            jobExecutorPaused = true;
        }
    }

    void resumeJobExecutor() {
        if (jobExecutorPaused) {
            jobExecutor().start();
            jobExecutorPaused = false;
        }
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    /** Runs engine calls as this user with their groups, as Tasklist and the REST API do. */
    <T> T as(String userId, Supplier<T> work) {
        List<String> memberOf = groups.computeIfAbsent(userId, id -> identity.createGroupQuery().groupMember(id)
                .list().stream().map(Group::getId).toList());
        identity.setAuthentication(userId, memberOf);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    void complete(String userId, String taskId, Map<String, Object> variables) {
        as(userId, () -> withoutWaitingForTheDisk(() -> tasks.complete(taskId, variables)));
    }

    /** Commands that belong together (an acceptance and its handover, a receipt and its claim) commit together. */
    void inTransaction(Runnable work) {
        withoutWaitingForTheDisk(work);
    }

    /** A job listed as due may be gone by now: one executed before it ended its scope (a cancelled timer). */
    private void executeJob(String jobId) {
        if (management.createJobQuery().jobId(jobId).count() > 0) {
            withoutWaitingForTheDisk(() -> management.executeJob(jobId));
        }
    }

    /**
     * The loader's task completions and jobs commit without waiting for PostgreSQL to flush the WAL
     * (synchronous_commit off for their transactions only): a crash could lose the last fraction of a
     * second of the load, never consistency, and the scores, which one round takes one at a time, no
     * longer wait for the disk. The command of a task joins the transaction.
     */
    private Object withoutWaitingForTheDisk(Runnable work) {
        return transactions.execute(status -> {
            jdbc.sql("set local synchronous_commit to off").update();
            work.run();
            return null;
        });
    }

    /** Runs the pieces of work side by side and returns when all are done; the first failure is thrown. */
    void inParallel(Collection<Runnable> work) {
        List<CompletableFuture<Void>> futures = work.stream()
                .map(w -> CompletableFuture.runAsync(w, workers)).toList();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Waits until exactly {@code expected} open tasks of these activities exist for these business
     * keys, and returns them with their business keys.
     */
    Map<Task, String> awaitTasks(Collection<String> businessKeys, int expected, String... activityIds) {
        if (businessKeys.isEmpty()) {
            if (expected != 0) {
                throw new IllegalArgumentException("no business keys");
            }
            return Map.of();
        }
        String[] keys = businessKeys.toArray(String[]::new);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<Task> found = query(keys, activityIds).list();
            if (found.size() == expected) {
                return withBusinessKeys(found);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("expected " + expected + " open " + String.join("/", activityIds)
                        + " tasks, found " + found.size());
            }
            pause();
        }
    }

    private TaskQuery query(String[] keys, String... activityIds) {
        return tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).taskDefinitionKeyIn(activityIds);
    }

    /** Waits until no instance of the process runs for these business keys (e.g. after a withdrawal). */
    void awaitEnded(String processKey, Collection<String> businessKeys) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (String key : businessKeys) {
            while (runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(key)
                           .count() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the " + processKey + " of " + key + " did not end");
                }
                pause();
            }
        }
    }

    /** Open tasks of these activities of one process instance. */
    List<Task> tasksOf(String processInstanceId, String activityId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
                .orderByTaskCreateTime().asc().list();
    }

    private Map<Task, String> withBusinessKeys(List<Task> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keyOf = runtime.createProcessInstanceQuery()
                .processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<Task, String> result = new java.util.LinkedHashMap<>();
        found.forEach(task -> result.put(task, keyOf.get(task.getProcessInstanceId())));
        return result;
    }

    /**
     * Executes every job that is due at the demo clock's time (timers, asynchronous continuations),
     * including those they create, one at a time as the job executor would; the number executed.
     */
    int runDueJobs() {
        int executed = 0;
        while (true) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                executeJob(job.getId());
                executed++;
            }
        }
    }

    /**
     * Executes the due jobs of one process instance side by side: for jobs that touch separate
     * scopes only, such as the scoring batches' starts (the job executor runs them in parallel too).
     */
    void runJobsInParallel(String processInstanceId) {
        List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
        inParallel(due.stream().<Runnable>map(job -> () -> executeJob(job.getId())).toList());
        runDueJobs();
    }

    /**
     * Executes a process instance's due jobs one at a time in the background while the caller
     * completes its tasks: the scoring continuations, which the job executor would run meanwhile.
     * {@link AutoCloseable#close()} returns once no due job is left.
     */
    AutoCloseable jobsAlongside(String processInstanceId) {
        java.util.concurrent.atomic.AtomicBoolean finishing = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            while (true) {
                boolean last = finishing.get();
                List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable()
                        .orderByJobDuedate().asc().list();
                due.forEach(job -> executeJob(job.getId()));
                if (due.isEmpty()) {
                    if (last) {
                        return;
                    }
                    pause();
                }
            }
        }, workers);
        return () -> {
            finishing.set(true);
            running.join();
        };
    }

    void awaitCaughtUp(String... processingGroups) {
        processors.awaitCaughtUp(processingGroups);
    }

    String[] allProcessingGroups() {
        return processors.all();
    }

    static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
