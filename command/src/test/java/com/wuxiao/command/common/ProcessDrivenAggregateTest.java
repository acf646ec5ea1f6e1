package com.wuxiao.command.common;

import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.testing.ProcessCommandIds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The one place process-command repeats are recognised, on an aggregate of its own. */
class ProcessDrivenAggregateTest {

    record Open(@TargetAggregateIdentifier String id) {
    }

    record Step(@TargetAggregateIdentifier String id, String processCommandId) implements ProcessCommand {
    }

    record Ask(@TargetAggregateIdentifier String id, String processCommandId) implements ProcessCommand {
        @Override
        public boolean answersRepeats() {
            return true;
        }
    }

    record Opened(String id) {
    }

    record Stepped(String id, int count) {
    }

    record Noted(String id) {
    }

    static class Counter extends ProcessDrivenAggregate {
        @AggregateIdentifier
        private String id;
        private int steps;

        Counter() {
        }

        @CommandHandler
        Counter(Open command) {
            apply(new Opened(command.id()));
        }

        @CommandHandler
        int handle(Step command) {
            apply(new Stepped(id, steps + 1));
            apply(new Noted(id));
            return steps;
        }

        @CommandHandler
        String handle(Ask command) {
            if (alreadyApplied(command)) {
                return "again";
            }
            apply(new Noted(id));
            return "first";
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(Stepped event) {
            steps = event.count();
        }
    }

    private FixtureConfiguration<Counter> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProcessCommandIds.onEvents(new AggregateTestFixture<>(Counter.class));
    }

    private static TypeSafeMatcher<EventMessage<?>> byProcessCommand(Object payload, String id) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(EventMessage<?> event) {
                return payload.equals(event.getPayload())
                        && id.equals(event.getMetaData().get(ProcessCommand.META_DATA_KEY));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(payload + " with processCommandId " + id);
            }
        };
    }

    private static GenericEventMessage<Object> byProcess(Object event, String processCommandId) {
        return new GenericEventMessage<>(event, MetaData.with(ProcessCommand.META_DATA_KEY, processCommandId));
    }

    @Test
    void everyEventOfAProcessCommandCarriesItsId() {
        fixture.given(new Opened("c"))
                .when(new Step("c", "pi-1:step"))
                .expectResultMessagePayload(1)
                .expectEventsMatching(Matchers.exactSequenceOf(byProcessCommand(new Stepped("c", 1), "pi-1:step"),
                        byProcessCommand(new Noted("c"), "pi-1:step"), Matchers.andNoMore()));
    }

    @Test
    void aRepeatIsSkippedBeforeTheHandlerEvenAfterTheAggregateWasRebuilt() {
        fixture.given(List.of(new Opened("c")))
                .andGiven(List.of(byProcess(new Stepped("c", 1), "pi-1:step"), byProcess(new Noted("c"), "pi-1:step")))
                .when(new Step("c", "pi-1:step"))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void anotherIdOrNoIdIsNoRepeat() {
        fixture.given(List.of(new Opened("c")))
                .andGiven(List.of(byProcess(new Stepped("c", 1), "pi-1:step")))
                .when(new Step("c", "pi-2:step"))
                .expectEvents(new Stepped("c", 2), new Noted("c"));
        fixture.given(List.of(new Opened("c")))
                .andGiven(List.of(new Stepped("c", 1)))
                .when(new Step("c", null))
                .expectEvents(new Stepped("c", 2), new Noted("c"));
    }

    @Test
    void aCommandThatAnswersItsRepeatsReachesItsHandlerWhichAnswers() {
        fixture.given(List.of(new Opened("c")))
                .andGiven(List.of(byProcess(new Noted("c"), "pi-1:ask")))
                .when(new Ask("c", "pi-1:ask"))
                .expectNoEvents()
                .expectResultMessagePayload("again");
        fixture.given(new Opened("c"))
                .when(new Ask("c", "pi-1:ask"))
                .expectResultMessagePayload("first");
    }
}
