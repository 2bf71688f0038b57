package dev.rapport.platform.event;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.PluginEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names event types ({@code <source>:<class name>}) and finds the class of a stored type again: the
 * kernel's from the SDK, a plugin's from that plugin's class loader while it runs. It learns which plugins run
 * from the plugin runtime ({@link #pluginClassLoaders}); listeners' workers ask it whether a plugin whose events
 * wait for it has started again.
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

    /**
     * The public name of a stored type, as the SDK names event types: {@code <source>.<simple class name>}
     * ({@code kernel:dev.rapport.sdk.event.CustomerCreated} is {@code kernel.CustomerCreated}).
     */
    public static String publicName(String storedType) {
        int colon = storedType.indexOf(':');
        String className = storedType.substring(colon + 1);
        int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return storedType.substring(0, colon) + "." + className.substring(cut + 1);
    }

    /** What a stored type stands for now: its class, the plugin it waits for, or a class that is gone. */
    sealed interface Resolution {
    }

    /** The type's class, loaded from the kernel or its running plugin. */
    record Loaded(Class<? extends DomainEvent> type) implements Resolution {
    }

    /** The plugin that defines the type is not running (disabled, stopped for an update, not yet started, removed). */
    record PluginNotRunning(String pluginId) implements Resolution {
    }

    /** The plugin runs but no longer has the class (e.g. an update renamed it): the event cannot be read. */
    record ClassMissing(String pluginId) implements Resolution {
    }

    /** Resolves a stored type name ({@code <source>:<class name>}). */
    Resolution resolve(String typeName) {
        Class<? extends DomainEvent> cached = known.get(typeName);
        if (cached != null) {
            return new Loaded(cached);
        }
        int colon = typeName.indexOf(':');
        String source = typeName.substring(0, colon);
        String className = typeName.substring(colon + 1);
        if (KERNEL.equals(source)) {
            return load(DomainEvent.class.getClassLoader(), className).<Resolution>map(type -> {
                known.put(typeName, type);
                return new Loaded(type);
            }).orElseGet(() -> new ClassMissing(source));
        }
        Optional<ClassLoader> loader = plugins.of(source);
        if (loader.isEmpty()) {
            return new PluginNotRunning(source);
        }
        return load(loader.get(), className).<Resolution>map(Loaded::new).orElseGet(() -> new ClassMissing(source));
    }

    /** Whether the plugin {@code pluginId} runs now, so the events of its types can be read. */
    boolean isRunning(String pluginId) {
        return plugins.of(pluginId).isPresent();
    }

    private static Optional<Class<? extends DomainEvent>> load(ClassLoader classLoader, String className) {
        try {
            return Optional.of(Class.forName(className, false, classLoader).asSubclass(DomainEvent.class));
        } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
            return Optional.empty();
        }
    }
}
