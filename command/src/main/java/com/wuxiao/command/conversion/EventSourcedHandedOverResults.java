package com.wuxiao.command.conversion;

import com.wuxiao.command.common.UnitsOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Handovers as the {@link Conversion} aggregates say: one exists per result and receiving unit. */
@Component
public class EventSourcedHandedOverResults implements HandedOverResults {

    private final Repository<Conversion> repository;

    public EventSourcedHandedOverResults(Repository<Conversion> repository) {
        this.repository = repository;
    }

    @Override
    public boolean handedOver(String proposalId, String receivingUnitId) {
        return UnitsOfWork.within(() -> {
            try {
                repository.load(Conversion.idOf(proposalId, receivingUnitId));
                return true;
            } catch (AggregateNotFoundException e) {
                return false;
            }
        });
    }
}
