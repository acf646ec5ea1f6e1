package com.wuxiao.infra.it;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The application's event types, found two independent ways so that a new one cannot slip past
 * the corpus: every record named {@code …Event} in a {@code com.wuxiao.command.….api} package, and
 * every payload type of an {@code @EventHandler} of ours ({@code @EventSourcingHandler} included,
 * it is meta-annotated) in any module. The corpus test also demands that both views agree.
 */
final class EventTypes {

    private static final String OURS = "com.wuxiao.";

    private EventTypes() {
    }

    private static JavaClasses classes;

    private static synchronized JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.wuxiao");
        }
        return classes;
    }

    /** Records named {@code …Event} in the command module's api packages. */
    static Set<Class<?>> byConvention() {
        Set<Class<?>> found = sorted();
        for (JavaClass c : classes()) {
            if (isCommandApi(c.getPackageName()) && c.isRecord() && c.getSimpleName().endsWith("Event")) {
                found.add(c.reflect());
            }
        }
        return found;
    }

    /** Our types that some event handler (projection, bridge, aggregate) takes as its payload. */
    static Set<Class<?>> byHandlers() {
        Set<Class<?>> found = sorted();
        for (JavaClass c : classes()) {
            for (Method method : c.reflect().getDeclaredMethods()) {
                EventHandler handler = AnnotatedElementUtils.findMergedAnnotation(method, EventHandler.class);
                if (handler == null) {
                    continue;
                }
                Class<?> payload = handler.payloadType() != Object.class ? handler.payloadType()
                        : method.getParameterCount() > 0 ? method.getParameterTypes()[0] : Object.class;
                if (payload.getName().startsWith(OURS)) {
                    found.add(payload);
                }
            }
        }
        return found;
    }

    /** Both views together: what the corpus must cover. */
    static Set<Class<?>> all() {
        Set<Class<?>> all = byConvention();
        all.addAll(byHandlers());
        return all;
    }

    static boolean followsConvention(Class<?> type) {
        return type.isRecord() && isCommandApi(type.getPackageName()) && type.getSimpleName().endsWith("Event");
    }

    private static boolean isCommandApi(String packageName) {
        return packageName.startsWith("com.wuxiao.command.") && packageName.endsWith(".api");
    }

    private static Set<Class<?>> sorted() {
        return new TreeSet<>(Comparator.comparing(Class::getName));
    }
}
