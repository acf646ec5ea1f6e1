package com.wuxiao.command.common;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * An aggregate processes send commands to. A {@link ProcessCommand} whose id the aggregate has
 * applied before is a retried job's repeat: it is skipped here, before any handler, and returns
 * nothing. Handlers therefore never check for repeats themselves, and never pass the id on: it
 * reaches their events as meta-data by {@link ProcessCommandCorrelation}.
 *
 * <p>A base class because Axon calls command handler interceptors of the aggregate's own class
 * hierarchy only, not those of its members; the log itself is a member so that it sees every event
 * beside the root's handlers.
 */
@SnapshotState
public abstract class ProcessDrivenAggregate {

    @AggregateMember
    private final ProcessCommandLog processCommands = new ProcessCommandLog();

    @CommandHandlerInterceptor
    Object skipRepeatedProcessCommands(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (command.getPayload() instanceof ProcessCommand sent && !sent.answersRepeats()
                && processCommands.applied(sent.processCommandId())) {
            return null;
        }
        return chain.proceed();
    }

    /** For the handler of a command that {@link ProcessCommand#answersRepeats() answers its repeats}. */
    protected boolean alreadyApplied(ProcessCommand command) {
        return processCommands.applied(command.processCommandId());
    }
}
