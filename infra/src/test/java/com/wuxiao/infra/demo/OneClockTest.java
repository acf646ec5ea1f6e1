package com.wuxiao.infra.demo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One clock for the whole app, which only the demo loader moves: outside the demo profile (whatever
 * the properties say) the Clock bean is the system clock and no movable clock exists; in the demo
 * profile with the demo year on, the clock is the DemoClock, whose moving methods only the demo
 * package can call, and no endpoint lives there. Camunda's ClockUtil is moved by the DemoClock alone.
 */
class OneClockTest {

    private static JavaClasses classes;

    /** The app's two clock configurations (package-private, in two packages), by name. */
    static class ClockConfigurations implements DeferredImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[]{"com.wuxiao.infra.ClockConfiguration", DemoClockConfiguration.class.getName()};
        }
    }

    @Import(ClockConfigurations.class)
    static class TheApp {
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(TheApp.class);

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.wuxiao");
    }

    @Test
    void outsideTheDemoProfileTheClockIsTheSystemClockWhateverThePropertiesSay() {
        for (String[] properties : new String[][]{{}, {DemoYear.ENABLED + "=true"},
                {"spring.profiles.active=it", DemoYear.ENABLED + "=true"}}) {
            app.withPropertyValues(properties).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
                assertThat(context.getBeansOfType(DemoClock.class)).isEmpty();
            });
        }
    }

    @Test
    void inTheDemoProfileWithoutTheYearTheClockIsTheSystemClock() {
        app.withPropertyValues("spring.profiles.active=demo").run(context -> {
            assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
            assertThat(context.getBeansOfType(DemoClock.class)).isEmpty();
        });
    }

    @Test
    void withTheDemoYearTheOneClockIsTheDemoClockOnTheRealTime() {
        app.withPropertyValues("spring.profiles.active=demo", DemoYear.ENABLED + "=true").run(context -> {
            assertThat(context.getBeansOfType(Clock.class)).hasSize(1);
            DemoClock clock = context.getBean(DemoClock.class);
            assertThat(clock.instant()).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(
                    1, java.time.temporal.ChronoUnit.SECONDS));
        });
    }

    @Test
    void theDemoClockHasNoPublicWayToMoveIt() {
        Method[] declared = DemoClock.class.getDeclaredMethods();
        assertThat(Arrays.stream(declared).filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("instant", "getZone", "withZone");
        assertThat(Arrays.stream(DemoClock.class.getDeclaredConstructors()).noneMatch(c -> Modifier.isPublic(c.getModifiers())))
                .isTrue();
    }

    @Test
    void onlyTheDemoPackageMovesTheClockAndNoEndpointLivesThere() {
        methods().that().areDeclaredIn(DemoClock.class).and().haveName("travelTo")
                .should().onlyBeCalled().byClassesThat().resideInAPackage("com.wuxiao.infra.demo")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("com.wuxiao.infra.demo")
                .should().dependOnClassesThat().areAssignableTo(DemoClock.class)
                .check(classes);
        noClasses().that().resideInAPackage("com.wuxiao.infra.demo")
                .should().beAnnotatedWith(Controller.class).orShould().beAnnotatedWith(RestController.class)
                .check(classes);
    }

    @Test
    void nothingButTheDemoClockSetsCamundasClock() {
        noClasses().that().doNotHaveFullyQualifiedName(DemoClock.class.getName())
                .should().callMethod(ClockUtil.class, "setCurrentTime", java.util.Date.class)
                .orShould().callMethod(ClockUtil.class, "offset", Long.class)
                .check(classes);
    }
}
