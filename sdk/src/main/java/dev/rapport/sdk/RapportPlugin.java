package dev.rapport.sdk;

import java.util.Objects;
import org.pf4j.Plugin;

/**
 * The base class of every Rapport plugin: the class named by the {@code Plugin-Class} manifest entry.
 *
 * <p>A plugin declares one public constructor taking its {@link PluginContext}; the platform creates the
 * plugin with it (there is no static access to platform services):
 * <pre>{@code
 * public final class NotesPlugin extends RapportPlugin {
 *     public NotesPlugin(PluginContext context) {
 *         super(context);
 *     }
 *
 *     @Override
 *     public void start() {
 *         context().provide(NoteRepository.class, new NoteRepository(context().dsl()));
 *     }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle:</b> the platform applies the plugin's schema (see
 * {@link dev.rapport.sdk.extension.SchemaContribution}), then calls {@link #start()}, then registers its
 * extensions (routes, menu entries, tabs, listeners, metrics). Stopping unregisters the extensions first,
 * then calls {@link #stop()}. A plugin may be started and stopped several times while the platform runs.
 * <p><b>Threading:</b> {@link #start()} and {@link #stop()} are called on an administrator's request thread
 * or the platform's start-up thread, never concurrently with each other.
 * <p><b>Failure:</b> if {@link #start()} throws, the plugin is stopped, marked failed with the error on the
 * Plugins page, and nothing of it is registered; the platform keeps running.
 *
 * @since 1.0.0
 */
public abstract class RapportPlugin extends Plugin {

    private final PluginContext context;

    /**
     * Creates the plugin.
     *
     * @param context the plugin's access to the platform
     */
    protected RapportPlugin(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * The plugin's access to the platform.
     *
     * @return the context given at construction
     */
    protected final PluginContext context() {
        return context;
    }
}
