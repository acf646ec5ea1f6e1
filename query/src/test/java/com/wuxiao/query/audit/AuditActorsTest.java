package com.wuxiao.query.audit;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.query.audit.api.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type of the four audited aggregates has its actor decided: a field, or the system. */
class AuditActorsTest {

    @Test
    void everyEventOfTheFourAggregatesIsInExactlyOneList() throws Exception {
        Set<Class<?>> events = auditedEventTypes();
        assertThat(events).as("the scan reached the api packages").hasSizeGreaterThan(40)
                .contains(ProposalWithdrawnEvent.class, PointsEarnedEvent.class);
        for (Class<?> event : events) {
            boolean byField = AuditActors.ACTOR_FIELDS.containsKey(event);
            boolean bySystem = AuditActors.BY_SYSTEM.contains(event);
            assertThat(byField ^ bySystem).as("%s is in exactly one of ACTOR_FIELDS and BY_SYSTEM",
                    event.getSimpleName()).isTrue();
        }
        Set<Class<?>> listed = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        listed.addAll(AuditActors.ACTOR_FIELDS.keySet());
        listed.addAll(AuditActors.BY_SYSTEM);
        assertThat(listed).as("nothing listed that is not an event of the four aggregates")
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void eachActorFieldIsATextFieldOfItsEvent() {
        AuditActors.ACTOR_FIELDS.forEach((event, field) -> {
            RecordComponent component = AuditActors.component(event, field);
            assertThat(component.getType()).as("%s.%s", event.getSimpleName(), field).isEqualTo(String.class);
        });
    }

    @Test
    void theActorIsTheFieldsUserOrTheSystem() {
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        assertThat(AuditActors.actorOf(new ProposalWithdrawnEvent("P1", "w1001", WithdrawalReason.BY_AUTHOR, at)))
                .isEqualTo("w1001");
        assertThat(AuditActors.actorOf(new ProposalWithdrawnEvent("P1", null, WithdrawalReason.NOT_REVISED_IN_TIME, at)))
                .as("withdrawn by the revision deadline's timer").isEqualTo(AuditEntry.SYSTEM);
        assertThat(AuditActors.actorOf(new ScreeningEscalatedEvent("P1", 1, at))).isEqualTo(AuditEntry.SYSTEM);
    }

    /**
     * Records named …Event in the api packages of the proposal, appraisal round, patent case and
     * conversion, and the points that the proposal, patent case and conversion apply (common api).
     */
    static Set<Class<?>> auditedEventTypes() throws IOException, ClassNotFoundException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory(resolver);
        Set<Class<?>> found = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        for (String feature : new String[] {"proposal", "appraisal", "patent", "conversion"}) {
            for (Resource file : resolver.getResources("classpath*:com/wuxiao/command/" + feature + "/api/*Event.class")) {
                String name = readers.getMetadataReader(file).getClassMetadata().getClassName();
                Class<?> type = Class.forName(name, false, AuditActorsTest.class.getClassLoader());
                if (type.isRecord()) {
                    found.add(type);
                }
            }
        }
        found.add(PointsEarnedEvent.class);
        return found;
    }
}
