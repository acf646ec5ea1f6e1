package com.wuxiao.command.common;

import org.axonframework.messaging.MetaData;

import java.util.HashSet;
import java.util.Set;

/**
 * The commands a process has already applied to an aggregate, by their deterministic ids (process
 * instance + activity). A job the engine retries sends the same id again, and the aggregate ignores
 * the repeat. The id travels as meta-data of the event the command caused, so an aggregate rebuilt
 * from its events still knows it.
 */
public final class ProcessCommands {

    /** Meta-data key of the id on the event; for {@code @MetaDataValue} in event-sourcing handlers. */
    public static final String META_DATA_KEY = "processCommandId";

    private final Set<String> applied = new HashSet<>();

    /** Meta-data for the event a command causes; empty for a command no process sent (id null). */
    public static MetaData originOf(String processCommandId) {
        return processCommandId == null ? MetaData.emptyInstance() : MetaData.with(META_DATA_KEY, processCommandId);
    }

    public boolean alreadyApplied(String processCommandId) {
        return processCommandId != null && applied.contains(processCommandId);
    }

    /** Called by the event-sourcing handlers with the id found on the event. */
    public void remember(String processCommandId) {
        if (processCommandId != null) {
            applied.add(processCommandId);
        }
    }
}
