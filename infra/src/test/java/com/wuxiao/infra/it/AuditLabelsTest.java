package com.wuxiao.infra.it;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type of the four audited aggregates (proposal, appraisal round, patent case,
 * conversion) has its audit label {@code audit.event.<simple name>} in Chinese and in English, so
 * the audit trail never shows a bare class name. A plain unit test: no Spring context.
 */
class AuditLabelsTest {

    private static final List<String> AUDITED = List.of("com.wuxiao.command.proposal.api",
            "com.wuxiao.command.appraisal.api", "com.wuxiao.command.patent.api", "com.wuxiao.command.conversion.api");

    @Test
    void everyEventOfTheFourAggregatesHasALabelInBothBundles() throws IOException {
        Set<Class<?>> events = EventTypes.byConvention();
        events.removeIf(type -> !AUDITED.contains(type.getPackageName()));
        events.add(PointsEarnedEvent.class); // applied by the proposal, the patent case and the conversion
        assertThat(events).as("the scan found the aggregates' events").hasSizeGreaterThan(40);

        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        for (Class<?> event : events) {
            String key = "audit.event." + event.getSimpleName();
            assertThat(chinese.getProperty(key)).as("Chinese %s", key).isNotBlank()
                    .matches(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "is Chinese");
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank()
                    .isNotEqualTo(chinese.getProperty(key)).matches("[\\x20-\\x7E]+");
        }
        assertThat(chinese.stringPropertyNames()).filteredOn(key -> key.startsWith("audit.event."))
                .as("labels of events that do not exist").hasSameSizeAs(events);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
