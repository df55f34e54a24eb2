package vn.motcua.api.openapi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's resource classes, as CDI discovers them when the application deploys (every class of
 * this WAR is a bean: beans.xml "all"), so that {@link ApiDocument} describes every operation from
 * its Java method without a list to maintain.
 */
public class ResourceClasses implements Extension {

    private static final Set<Class<?>> FOUND = ConcurrentHashMap.newKeySet();

    <T> void found(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> type) {
        Class<T> c = type.getAnnotatedType().getJavaClass();
        if (c.isAnnotationPresent(Path.class)) {
            FOUND.add(c);
        }
    }

    static Set<Class<?>> all() {
        return Set.copyOf(FOUND);
    }
}
