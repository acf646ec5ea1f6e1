package com.wuxiao.command.common.api;

/**
 * A command a process sends (a delegate, listener or timer of a BPMN model), with a deterministic
 * id: process instance + activity. A job the engine retries sends the same id again; the aggregate
 * ignores the repeat (see {@code ProcessDrivenAggregate}).
 */
public interface ProcessCommand {

    /** Meta-data key under which the id travels onto every event the command causes. */
    String META_DATA_KEY = "processCommandId";

    /** Null when no process sent the command (a user did, through the API). */
    String processCommandId();

    /**
     * True for a command whose handler returns an answer the process branches on: its repeat reaches
     * the handler, which answers it as the first time ({@code ProcessDrivenAggregate#alreadyApplied});
     * any other repeat is skipped before the handler and returns nothing.
     */
    default boolean answersRepeats() {
        return false;
    }
}
