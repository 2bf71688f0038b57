package dev.rapport.platform.plugin;

import java.util.List;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader that always takes the platform's copy of the SDK, Vaadin, jOOQ, SLF4J and the
 * servlet API: a plugin that bundles a second copy of one of them can cause no ClassCastException or
 * LinkageError. The platform's own classes are refused: a plugin reaches the kernel only through the SDK, at run
 * time as at build time. Everything else is looked up in the plugin first.
 */
final class SharedPackagesClassLoader extends PluginClassLoader {

    static final List<String> SHARED_PREFIXES = List.of("dev.rapport.sdk.", "com.vaadin.", "elemental.", "org.jooq.",
            "org.slf4j.", "jakarta.", "tools.jackson.", "com.fasterxml.jackson.annotation.", "org.pf4j.");

    static final String PLATFORM_PREFIX = "dev.rapport.platform.";

    private final String pluginId;

    static {
        ClassLoader.registerAsParallelCapable();
    }

    SharedPackagesClassLoader(PluginManager pluginManager, PluginDescriptor descriptor, ClassLoader parent) {
        super(pluginManager, descriptor, parent);
        this.pluginId = descriptor.getPluginId();
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (className.startsWith(PLATFORM_PREFIX)) {
            throw new ClassNotFoundException("Plugin " + pluginId + " may not use the platform class "
                    + className + ": plugins reach the kernel only through the SDK (dev.rapport.sdk)");
        }
        return super.loadClass(className);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return SHARED_PREFIXES.stream().anyMatch(className::startsWith) || super.shouldDelegateToParent(className);
    }
}
