package dev.rapport.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's services by type, built once at start-up by {@link RapportPlatform}. Views receive them
 * through constructor parameters (see {@code web.RapportInstantiator}); nothing looks them up statically.
 */
public final class ServiceRegistry {

    /** The servlet context attribute under which the web layer finds the registry. */
    public static final String CONTEXT_ATTRIBUTE = ServiceRegistry.class.getName();

    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

    public <T> ServiceRegistry register(Class<T> type, T service) {
        Object previous = services.putIfAbsent(type, service);
        if (previous != null && previous != service) {
            throw new IllegalStateException(type.getName() + " is already registered");
        }
        return this;
    }

    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }

    public <T> T require(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No service of type " + type.getName()));
    }
}
