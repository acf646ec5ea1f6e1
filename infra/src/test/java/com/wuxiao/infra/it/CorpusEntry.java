package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One stored event of the corpus (src/test/resources/event-corpus): the columns of
 * {@code domainevententry} that Axon's serializer reads, payload and metadata exactly as the app's
 * event serializer wrote them (UTF-8 JSON text of the bytea columns). The columns that only address
 * an event (aggregate, sequence, ids, time) carry no history of its shape and are left out.
 */
record CorpusEntry(String payloadType, String payloadRevision, String payload, String metaData) {

    static final String DIRECTORY = "event-corpus";

    private static final ObjectMapper FILES = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Every corpus file on the test classpath, by file name. */
    static Map<String, CorpusEntry> load() {
        try {
            Map<String, CorpusEntry> entries = new TreeMap<>();
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + DIRECTORY + "/*.json")) {
                try (InputStream in = file.getInputStream()) {
                    entries.put(file.getFilename(), FILES.readValue(in, CorpusEntry.class));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. {@code proposal.ProposalSubmittedEvent.json}; a later revision gets {@code …@<revision>.json}. */
    static String fileName(Class<?> type, String revision) {
        String feature = type.getPackageName().replaceFirst("^com\\.wuxiao\\.command\\.", "").replace(".api", "");
        return feature + "." + type.getSimpleName() + (revision == null ? "" : "@" + revision) + ".json";
    }

    String toJson() {
        try {
            return FILES.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row as the JDBC event storage engine hands it to the upcasters, with made-up addressing columns. */
    DomainEventData<byte[]> asStoredEvent(String fileName) {
        return new GenericDomainEventEntry<>("Corpus", fileName, 0, "corpus-" + fileName, "2026-01-01T00:00:00Z",
                payloadType, payloadRevision, payload.getBytes(StandardCharsets.UTF_8),
                metaData.getBytes(StandardCharsets.UTF_8));
    }

    boolean holds(Class<?> type, String revision) {
        return payloadType.equals(type.getName()) && Objects.equals(payloadRevision, revision);
    }

    static List<String> missing(Iterable<Class<?>> types, Function<Class<?>, String> revision,
                                Iterable<CorpusEntry> entries) {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            boolean found = false;
            for (CorpusEntry entry : entries) {
                found |= entry.holds(type, revision.apply(type));
            }
            if (!found) {
                missing.add(fileName(type, revision.apply(type)));
            }
        }
        return missing;
    }
}
