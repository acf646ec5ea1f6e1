package com.wuxiao.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module arrows of architecture.md: command ← query ← processes ← infra, api packages only. */
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

    /** The command side owns every decision: a process learns what its command did from the command's result. */
    @Test
    void processesDoNotReadTheEventStore() {
        noClasses().that().resideInAPackage("com.wuxiao.processes..")
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.eventsourcing..")
                .check(classes);
    }
}
