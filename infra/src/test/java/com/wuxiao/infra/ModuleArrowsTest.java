package com.wuxiao.infra;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module arrows of architecture.md: command ← query ← processes ← infra, api packages only; and
 * the event tables belong to the event store.
 */
class ModuleArrowsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.wuxiao");
    }

    @Test
    void commandDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("com.wuxiao.command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.wuxiao.query..", "com.wuxiao.processes..", "com.wuxiao.infra..")
                .check(classes);
    }

    @Test
    void queryUsesOnlyCommandApiPackages() {
        noClasses().that().resideInAPackage("com.wuxiao.query..")
                .should().dependOnClassesThat(
                        describe("command classes outside api packages",
                                c -> c.getPackageName().startsWith("com.wuxiao.command")
                                        && !c.getPackageName().endsWith(".api")))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.wuxiao.processes..", "com.wuxiao.infra..")
                .check(classes);
    }

    @Test
    void processesUseOnlyApiPackagesOfCommandAndQuery() {
        noClasses().that().resideInAPackage("com.wuxiao.processes..")
                .should().dependOnClassesThat(
                        describe(
                                "command or query classes outside api packages",
                                c -> (c.getPackageName().startsWith("com.wuxiao.command")
                                        || c.getPackageName().startsWith("com.wuxiao.query"))
                                        && !c.getPackageName().endsWith(".api")))
                .orShould().dependOnClassesThat().resideInAPackage("com.wuxiao.infra..")
                .check(classes);
    }

    /**
     * Only Axon's event store touches the event and snapshot tables: SQL on them elsewhere would
     * depend on how events are stored (names, serialised payloads) and slow down as the store grows.
     * Decisions that need facts of other aggregates read the command side's lookup tables. A class
     * file keeps its string constants (SQL text blocks included) verbatim, so reading it tells.
     */
    @Test
    void nothingButTheEventStoreReadsTheEventTables() {
        noClasses().should(mentionTheEventTables()).check(classes);
    }

    private static ArchCondition<JavaClass> mentionTheEventTables() {
        return new ArchCondition<>("mention the event tables (domainevententry, snapshotevententry) in SQL") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String constants = classFileText(javaClass).toLowerCase(Locale.ROOT);
                for (String table : List.of("domainevententry", "snapshotevententry")) {
                    if (constants.contains(table)) {
                        events.add(SimpleConditionEvent.satisfied(javaClass,
                                javaClass.getName() + " mentions " + table));
                    }
                }
            }
        };
    }

    private static String classFileText(JavaClass javaClass) {
        URI location = javaClass.getSource().orElseThrow().getUri();
        try (InputStream in = location.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    /** The command side owns every decision: a process learns what its command did from the command's result. */
    @Test
    void processesDoNotReadTheEventStore() {
        noClasses().that().resideInAPackage("com.wuxiao.processes..")
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.eventsourcing..")
                .check(classes);
    }
}
