package com.wuxiao.infra.it;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the corpus file of every event type that has none yet, from {@link EventExamples}, through
 * the application's own event serializer. Never overwrites a file: a committed file is stored history.
 * Off by default; run it with
 * {@code ./mvnw -pl infra -am verify -Dtest=EventCorpusGenerator -Dsurefire.failIfNoSpecifiedTests=false
 * -DskipTests=false -Dwuxiao.corpus.generate=true} and commit the new files.
 */
@EnabledIfSystemProperty(named = "wuxiao.corpus.generate", matches = "true")
class EventCorpusGenerator extends IntegrationTestSupport {

    /** What Axon's MessageOriginProvider puts on an event applied while handling a command. */
    private static final MetaData META_DATA = MetaData.from(Map.of(
            "traceId", "5b1d0c2e-93a4-4f7e-8c61-d2a7e40b9f13",
            "correlationId", "5b1d0c2e-93a4-4f7e-8c61-d2a7e40b9f13"));

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    void writeMissingCorpusFiles() throws IOException {
        List<Object> examples = EventExamples.all();
        Set<Class<?>> exampleTypes = examples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(exampleTypes).as("an example in EventExamples for every event type")
                .containsAll(EventTypes.all());

        Path directory = Path.of(System.getProperty("wuxiao.corpus.dir", "src/test/resources/" + CorpusEntry.DIRECTORY));
        Files.createDirectories(directory);
        for (Object example : examples) {
            SerializedObject<byte[]> payload = eventSerializer.serialize(example, byte[].class);
            SerializedObject<byte[]> metaData = eventSerializer.serialize(META_DATA, byte[].class);
            String revision = payload.getType().getRevision();
            Path file = directory.resolve(CorpusEntry.fileName(example.getClass(), revision));
            if (Files.exists(file)) {
                continue;
            }
            CorpusEntry entry = new CorpusEntry(payload.getType().getName(), revision,
                    new String(payload.getData(), StandardCharsets.UTF_8),
                    new String(metaData.getData(), StandardCharsets.UTF_8));
            Files.writeString(file, entry.toJson(), StandardCharsets.UTF_8);
        }
    }
}
