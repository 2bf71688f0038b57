package dev.rapport.platform.event;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.PluginEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names event types ({@code <source>:<class name>}) and finds the class of a stored type again: the
 * kernel's from the SDK, a plugin's from that plugin's class loader while it runs.
 */
public final class EventTypes {

    public static final String KERNEL = "kernel";

    /** Finds the class loader of a running plugin. */
    @FunctionalInterface
    public interface PluginClassLoaders {
        Optional<ClassLoader> of(String pluginId);
    }

    private final Map<String, Class<? extends DomainEvent>> known = new ConcurrentHashMap<>();
    private volatile PluginClassLoaders plugins = pluginId -> Optional.empty();

    public void pluginClassLoaders(PluginClassLoaders value) {
        plugins = value;
    }

    /** The stored type name of {@code event} published by {@code source}. */
    static String nameOf(DomainEvent event, String source) {
        if (event instanceof PluginEvent && KERNEL.equals(source)) {
            throw new IllegalArgumentException("The kernel does not publish plugin events");
        }
        if (!(event instanceof PluginEvent) && !KERNEL.equals(source)) {
            throw new IllegalArgumentException("Only the kernel publishes " + event.getClass().getSimpleName());
        }
        return typeName(source, event.getClass());
    }

    /** The stored type name of events of class {@code type} published by {@code source}. */
    static String typeName(String source, Class<?> type) {
        return source + ":" + type.getName();
    }

    /** The class of a stored type, or empty when its plugin is not running (or the class is gone). */
    Optional<Class<? extends DomainEvent>> classOf(String typeName) {
        Class<? extends DomainEvent> cached = known.get(typeName);
        if (cached != null) {
            return Optional.of(cached);
        }
        int colon = typeName.indexOf(':');
        String source = typeName.substring(0, colon);
        String className = typeName.substring(colon + 1);
        Optional<ClassLoader> loader = KERNEL.equals(source)
                ? Optional.of(DomainEvent.class.getClassLoader())
                : plugins.of(source);
        return loader.flatMap(classLoader -> load(classLoader, className)).map(type -> {
            if (KERNEL.equals(source)) {
                known.put(typeName, type);
            }
            return type;
        });
    }

    private static Optional<Class<? extends DomainEvent>> load(ClassLoader classLoader, String className) {
        try {
            return Optional.of(Class.forName(className, false, classLoader).asSubclass(DomainEvent.class));
        } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
            return Optional.empty();
        }
    }
}
