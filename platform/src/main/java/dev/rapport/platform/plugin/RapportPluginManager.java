package dev.rapport.platform.plugin;

import dev.rapport.platform.ConstructorInjection;
import dev.rapport.sdk.RapportPlugin;
import dev.rapport.sdk.SdkVersion;
import dev.rapport.sdk.extension.SchemaContribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * PF4J set up for Rapport: plugins and their extensions are created with their {@link KernelPluginContext}
 * (constructor injection), class loaders share the platform's SDK and libraries, the system version is the
 * SDK version, and whether a plugin is enabled lives in the database.
 */
final class RapportPluginManager extends DefaultPluginManager {

    /** Set right after construction: PF4J's constructor already asks for the factories below. */
    private Function<String, KernelPluginContext> contexts;
    private PluginStatusProvider statuses;

    RapportPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(SdkVersion.CURRENT);
    }

    void configure(Function<String, KernelPluginContext> contextOfPlugin, PluginStatusProvider statusProvider) {
        this.contexts = contextOfPlugin;
        this.statuses = statusProvider;
    }

    KernelPluginContext contextOf(String pluginId) {
        KernelPluginContext context = contexts.apply(pluginId);
        context.tablePrefixesFrom(() -> tablePrefixes(pluginId));
        return context;
    }

    /** The table prefixes the plugin's schema contributions declare (none: the plugin has no tables). */
    private List<String> tablePrefixes(String pluginId) {
        PluginWrapper plugin = getPlugin(pluginId);
        List<String> prefixes = new ArrayList<>();
        for (String className : getExtensionClassNames(pluginId)) {
            try {
                Class<?> type = plugin.getPluginClassLoader().loadClass(className);
                if (SchemaContribution.class.isAssignableFrom(type)) {
                    String prefix = ((SchemaContribution) getExtensionFactory().create(type)).tablePrefix();
                    if (prefix != null && !prefix.isBlank()) {
                        prefixes.add(prefix.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new PluginRuntimeException(e, "The extension {} of {} is missing", className, pluginId);
            }
        }
        return prefixes;
    }

    /** Starts the plugin (and those it needs first) as its system identity: what start() writes is the plugin's. */
    @Override
    public PluginState startPlugin(String pluginId) {
        return PluginActor.callAs(pluginId, () -> super.startPlugin(pluginId));
    }

    @Override
    protected PluginState stopPlugin(String pluginId, boolean stopDependents) {
        return PluginActor.callAs(pluginId, () -> super.stopPlugin(pluginId, stopDependents));
    }

    /** Unloads one plugin and no other: the caller has unloaded its dependents first (PF4J would do so silently). */
    boolean unloadAlone(String pluginId) {
        return unloadPlugin(pluginId, false);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return this::createPlugin;
    }

    private Plugin createPlugin(PluginWrapper wrapper) {
        String className = wrapper.getDescriptor().getPluginClass();
        try {
            Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
            if (!RapportPlugin.class.isAssignableFrom(type)) {
                throw new PluginRuntimeException("{} does not extend {}", className, RapportPlugin.class.getName());
            }
            KernelPluginContext context = contextOf(wrapper.getPluginId());
            return (Plugin) ConstructorInjection.create(type, context::resolve);
        } catch (ClassNotFoundException e) {
            throw new PluginRuntimeException(e, "The plugin class {} is missing", className);
        }
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ExtensionFactory() {
            @Override
            public <T> T create(Class<T> extensionClass) {
                PluginWrapper plugin = whichPlugin(extensionClass);
                if (plugin == null) {
                    throw new PluginRuntimeException("{} belongs to no plugin", extensionClass.getName());
                }
                return ConstructorInjection.create(extensionClass, contextOf(plugin.getPluginId())::resolve);
            }
        };
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return statuses.isPluginDisabled(pluginId);
            }

            @Override
            public void disablePlugin(String pluginId) {
                statuses.disablePlugin(pluginId);
            }

            @Override
            public void enablePlugin(String pluginId) {
                statuses.enablePlugin(pluginId);
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new SharedPackagesClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new SharedPackagesClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                });
    }
}
