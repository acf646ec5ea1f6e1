package com.wuxiao.command.need;

import com.wuxiao.command.common.UnitsOfWork;
import com.wuxiao.command.need.api.PublishedNeed;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Needs as their {@link ProductionNeed} aggregates say, read through Axon's repository: a need
 * closed a moment ago takes no more answers, whatever the read model shows yet.
 */
@Component
public class EventSourcedPublishedNeeds implements PublishedNeeds {

    private final Repository<ProductionNeed> repository;

    public EventSourcedPublishedNeeds(Repository<ProductionNeed> repository) {
        this.repository = repository;
    }

    @Override
    public Optional<PublishedNeed> find(String needId) {
        if (needId == null || needId.isBlank()) {
            return Optional.empty();
        }
        return UnitsOfWork.within(() -> {
            try {
                return Optional.of(repository.load(needId).invoke(ProductionNeed::published));
            } catch (AggregateNotFoundException e) {
                return Optional.empty();
            }
        });
    }
}
