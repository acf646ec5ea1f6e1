package com.wuxiao.infra.it;

import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static List<Class<?>> classes;

    private EventTypes() {
    }

    /** Our main classes of every module on the classpath (test classes excluded), not initialised. */
    private static synchronized List<Class<?>> classes() {
        if (classes == null) {
            try {
                PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
                MetadataReaderFactory readers = new SimpleMetadataReaderFactory(resolver);
                List<Class<?>> found = new ArrayList<>();
                for (Resource file : resolver.getResources("classpath*:com/wuxiao/**/*.class")) {
                    if (!file.getURL().toString().contains("/test-classes/")) {
                        String name = readers.getMetadataReader(file).getClassMetadata().getClassName();
                        found.add(Class.forName(name, false, EventTypes.class.getClassLoader()));
                    }
                }
                classes = found;
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot scan the classpath for event types", e);
            }
        }
        return classes;
    }

    /** Records named {@code …Event} in the command module's api packages. */
    static Set<Class<?>> byConvention() {
        Set<Class<?>> found = sorted();
        for (Class<?> c : classes()) {
            if (followsConvention(c)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Our types that some event handler (projection, bridge, aggregate) takes as its payload. */
    static Set<Class<?>> byHandlers() {
        Set<Class<?>> found = sorted();
        for (Class<?> c : classes()) {
            for (Method method : c.getDeclaredMethods()) {
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
