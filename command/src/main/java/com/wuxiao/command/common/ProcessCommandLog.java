package com.wuxiao.command.common;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.HashSet;
import java.util.Set;

/**
 * The process commands an aggregate has applied, by id: an aggregate member that sees every event
 * of the aggregate besides the root's own handlers, and keeps the id each carries as meta-data
 * ({@link ProcessCommandCorrelation} puts it there), so an aggregate rebuilt from its events still
 * knows what it did.
 */
@SnapshotState
final class ProcessCommandLog {

    private final Set<String> applied = new HashSet<>();

    boolean applied(String processCommandId) {
        return processCommandId != null && applied.contains(processCommandId);
    }

    @EventSourcingHandler
    void on(Object event, @MetaDataValue(ProcessCommand.META_DATA_KEY) String processCommandId) {
        if (processCommandId != null) {
            applied.add(processCommandId);
        }
    }
}
