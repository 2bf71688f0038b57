package dev.rapport.platform.plugin;

import dev.rapport.platform.ConstructorInjection;
import dev.rapport.sdk.RapportPlugin;
import dev.rapport.sdk.SdkVersion;
import dev.rapport.sdk.extension.SchemaContribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.pf4j.PluginStateEvent;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J set up for Rapport: plugins and their extensions are created with their {@link KernelPluginContext}
 * (constructor injection), class loaders share the platform's SDK and libraries, the system version is the
 * SDK version, and whether a plugin is enabled lives in the database.
 *
 * <p>Safe for many threads: PF4J's bookkeeping (loading, resolving, unloading, state changes, the extension
 * index) is changed and read under one short lock, while the plugin and class maps that pages read are concurrent
 * and read without it. A plugin's own code ({@code start()}, {@code stop()}, constructors) never runs under
 * that lock: {@link #startAlone} and {@link #stopAlone} call it outside.
 */
final class RapportPluginManager extends DefaultPluginManager {

    private static final Logger log = LoggerFactory.getLogger(RapportPluginManager.class);
    /** Set right after construction: PF4J's constructor already asks for the factories below. */
    private Function<String, KernelPluginContext> contexts;
    private PluginStatusProvider statuses;
    private final Object bookkeeping = new Object();
    /** Plugins loaded from the application's class path, by their folder (tests of a plugin; none in production). */
    private final Map<Path, ClassPathPlugin> classPathPlugins = new ConcurrentHashMap<>();

    RapportPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        plugins = new ConcurrentHashMap<>();
        pluginClassLoaders = new ConcurrentHashMap<>();
        setSystemVersion(SdkVersion.CURRENT);
    }

    void configure(Function<String, KernelPluginContext> contextOfPlugin, PluginStatusProvider statusProvider) {
        this.contexts = contextOfPlugin;
        this.statuses = statusProvider;
    }

    /** Loads the plugin in {@code plugin.folder()} from the application's class path instead of its folder. */
    void addClassPathPlugin(ClassPathPlugin plugin) {
        classPathPlugins.put(plugin.folder(), plugin);
    }

    /** Whether a plugin may be loaded from the class path: then its classes have the application's class loader. */
    boolean hasClassPathPlugins() {
        return !classPathPlugins.isEmpty();
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
        synchronized (bookkeeping) {
            return unloadPlugin(pluginId, false);
        }
    }

    @Override
    public String loadPlugin(Path pluginPath) {
        synchronized (bookkeeping) {
            return super.loadPlugin(pluginPath);
        }
    }

    @Override
    public boolean enablePlugin(String pluginId) {
        synchronized (bookkeeping) {
            return super.enablePlugin(pluginId);
        }
    }

    /** Marks a plugin disabled; the caller has stopped it and its dependents (PF4J would stop them silently). */
    @Override
    public boolean disablePlugin(String pluginId) {
        synchronized (bookkeeping) {
            return super.disablePlugin(pluginId);
        }
    }

    /**
     * Starts one resolved, enabled plugin, and not its dependencies (the caller starts them first): its constructor
     * and {@code start()} run outside the bookkeeping lock. A failure is kept as the plugin's failed exception.
     */
    PluginState startAlone(String pluginId) {
        PluginWrapper wrapper;
        synchronized (bookkeeping) {
            wrapper = getPlugin(pluginId);
            PluginState state = wrapper.getPluginState();
            if (state == PluginState.STARTED || state == PluginState.DISABLED || !resolvedPlugins.contains(wrapper)) {
                return state;
            }
        }
        PluginState before = wrapper.getPluginState();
        try {
            // As the plugin's system identity: what start() writes is the plugin's.
            PluginActor.runAs(pluginId, () -> wrapper.getPlugin().start());
        } catch (RuntimeException | LinkageError e) {
            wrapper.setFailedException(e);
            return changeState(wrapper, before, PluginState.FAILED);
        }
        wrapper.setFailedException(null);
        return changeState(wrapper, before, PluginState.STARTED);
    }

    /** Stops one started plugin, and not its dependents (the caller stops them first); {@code stop()} runs unlocked. */
    void stopAlone(String pluginId) {
        PluginWrapper wrapper = getPlugin(pluginId);
        if (wrapper == null || wrapper.getPluginState() != PluginState.STARTED) {
            return;
        }
        try {
            PluginActor.runAs(pluginId, () -> wrapper.getPlugin().stop());
        } catch (RuntimeException | LinkageError e) {
            log.warn("Plugin {} failed while stopping", pluginId, e);
        }
        changeState(wrapper, PluginState.STARTED, PluginState.STOPPED);
    }

    private PluginState changeState(PluginWrapper wrapper, PluginState before, PluginState after) {
        synchronized (bookkeeping) {
            wrapper.setPluginState(after);
            if (after == PluginState.STARTED) {
                startedPlugins.add(wrapper);
            } else {
                startedPlugins.remove(wrapper);
            }
            firePluginStateEvent(new PluginStateEvent(this, wrapper, before));
            return after;
        }
    }

    /** The plugin's extensions of {@code type}, created (constructor injection) outside the bookkeeping lock. */
    <T> List<T> extensionsOf(Class<T> type, String pluginId) {
        List<Class<? extends T>> classes;
        synchronized (bookkeeping) {
            classes = getExtensionClasses(type, pluginId);
        }
        return classes.stream().<T>map(extension -> getExtensionFactory().create(extension)).toList();
    }

    /** The class names of every extension the plugin declares. */
    Set<String> extensionClassNamesOf(String pluginId) {
        synchronized (bookkeeping) {
            return new LinkedHashSet<>(getExtensionClassNames(pluginId));
        }
    }

    /** The plugin whose class loader loaded {@code type}; reads the concurrent plugin map, never waits. */
    @Override
    public PluginWrapper whichPlugin(Class<?> type) {
        ClassLoader classLoader = type.getClassLoader();
        return plugins.values().stream().filter(plugin -> plugin.getPluginClassLoader() == classLoader
                        || plugin.getPluginClassLoader() instanceof ClassPathPlugin.Loader loader && loader.defines(type))
                .findFirst().orElse(null);
    }

    /** What a plugin file says about itself (id, version, dependencies), read without loading it. */
    PluginDescriptor describe(Path file) {
        return getPluginDescriptorFinder().find(file);
    }

    /** Whether the plugin's {@code Plugin-Requires} range admits this platform's SDK. */
    boolean isCompatible(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        return requires == null || requires.isBlank() || requires.equals("*")
                || getVersionManager().checkVersionConstraint(getSystemVersion(), requires.strip());
    }

    /** Why the plugin cannot run on this platform, for the Plugins page. */
    String incompatibility(PluginWrapper plugin) {
        return "This plugin needs the Rapport SDK " + plugin.getDescriptor().getRequires()
                + "; this platform provides SDK " + getSystemVersion() + ".";
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
                .add(new PluginLoader() {
                    @Override
                    public boolean isApplicable(Path pluginPath) {
                        return classPathPlugins.containsKey(pluginPath.toAbsolutePath().normalize());
                    }

                    @Override
                    public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                        return classPathPlugins.get(pluginPath.toAbsolutePath().normalize())
                                .classLoader(RapportPluginManager.class.getClassLoader());
                    }
                })
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
