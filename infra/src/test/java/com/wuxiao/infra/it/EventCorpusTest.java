package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The stored-event corpus (src/test/resources/event-corpus, see its README): one stored event of every
 * event type must still read, through the app's upcasters and event serializer, into an event that
 * keeps every stored field. A change that would break the history in a real event store fails here.
 */
class EventCorpusTest extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOW_TO_ADD = """
            Add a corpus file for each: put an example of the event into EventExamples and run
              ./mvnw -pl infra -am verify -Dtest=EventCorpusGenerator -Dsurefire.failIfNoSpecifiedTests=false \
            -DskipTests=false -Dwuxiao.corpus.generate=true
            then commit the new files in infra/src/test/resources/event-corpus (see its README).""";

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    /** Axon's configuration, whose upcaster chain the JDBC event storage engine reads events through. */
    @Autowired
    private Configuration axon;

    private Map<String, CorpusEntry> corpus;

    @BeforeEach
    void loadCorpus() {
        corpus = CorpusEntry.load();
    }

    @Test
    void everyEventTypeHasAnEntryAtItsCurrentRevision() {
        Set<Class<?>> types = EventTypes.all();
        assertThat(types).as("event types found").isNotEmpty();
        List<String> missing = CorpusEntry.missing(types, this::currentRevision, corpus.values());
        if (!missing.isEmpty()) {
            fail("These event types (or revisions) have no corpus entry: " + missing + "\n" + HOW_TO_ADD);
        }
    }

    /**
     * The two ways of finding event types agree: an event a handler takes is a record named …Event in a
     * command api package, so that an event nobody handles yet is still found by its name.
     */
    @Test
    void everyHandledEventFollowsTheNamingConvention() {
        assertThat(EventTypes.byHandlers()).as("event types of @EventHandler/@EventSourcingHandler methods")
                .isNotEmpty()
                .allMatch(EventTypes::followsConvention, "a record named …Event in a com.wuxiao.command.….api package");
    }

    /** Whatever the app has stored so far (demo data, other tests) is in the corpus too. */
    @Test
    void everyStoredPayloadTypeHasAnEntry() {
        List<String> missing = new ArrayList<>();
        jdbc.sql("select distinct payloadtype, payloadrevision from domainevententry")
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).list()
                .forEach(stored -> {
                    if (corpus.values().stream().noneMatch(e -> e.payloadType().equals(stored[0])
                            && Objects.equals(e.payloadRevision(), stored[1]))) {
                        missing.add(stored[0] + (stored[1] == null ? "" : "@" + stored[1]));
                    }
                });
        assertThat(missing).as("payload types in domainevententry without a corpus entry\n" + HOW_TO_ADD).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEntryReadsBackWithoutLoss() {
        assertThat(corpus).as("corpus files on the classpath").isNotEmpty();
        return corpus.entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(),
                () -> readsBackWithoutLoss(file.getKey(), file.getValue())));
    }

    private void readsBackWithoutLoss(String fileName, CorpusEntry entry) throws IOException {
        EventUpcaster upcasters = axon.upcasterChain();
        DomainEventData<byte[]> stored = entry.asStoredEvent(fileName);

        // What the app's event store returns when an aggregate loads: upcast, then deserialize.
        Iterator<? extends DomainEventMessage<?>> read = EventStreamUtils.asStream(
                EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), eventSerializer, upcasters))
                .iterator();
        // The same upcasting on its own: the stored data in the shape the current class must read.
        List<IntermediateEventRepresentation> expected = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(stored, eventSerializer))).toList();

        for (IntermediateEventRepresentation upcast : expected) {
            assertThat(read.hasNext()).as("an event read for every upcast representation").isTrue();
            DomainEventMessage<?> event = read.next();
            Class<?> type = eventSerializer.classForType(upcast.getType());
            assertThat(type).as("class of stored type %s", upcast.getType().getName())
                    .isNotEqualTo(UnknownSerializedType.class);
            Object payload = event.getPayload();
            assertThat(payload).as("payload of %s", fileName).isInstanceOf(type);
            assertThat(currentRevision(type))
                    .as("revision of %s: the stored revision is upcast to the class's current @Revision "
                            + "(add an upcaster from the stored revision)", type.getName())
                    .isEqualTo(upcast.getType().getRevision());

            JsonNode storedPayload = JSON.readTree(upcast.getData(byte[].class).getData());
            JsonNode readAgain = JSON.readTree(eventSerializer.serialize(payload, byte[].class).getData());
            assertThat(StoredFields.lost(storedPayload, readAgain))
                    .as("stored fields of %s lost or changed on reading (a field renamed, removed or retyped: "
                            + "add an upcaster)", fileName)
                    .isEmpty();

            MetaData storedMetaData = upcast.getMetaData().getObject();
            assertThat(event.getMetaData()).as("metadata of %s", fileName).isEqualTo(storedMetaData);
        }
        assertThat(read.hasNext()).as("no event read beyond the upcast ones").isFalse();
    }

    private String currentRevision(Class<?> type) {
        return eventSerializer.typeForClass(type).getRevision();
    }
}
