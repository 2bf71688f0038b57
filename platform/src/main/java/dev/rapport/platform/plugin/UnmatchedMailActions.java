package dev.rapport.platform.plugin;

import dev.rapport.sdk.extension.UnmatchedMailAction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The running plugins' actions on unmatched incoming mail (see {@link UnmatchedMailAction}), in the order the plugins
 * started; the unmatched-mail page offers those of the plugins enabled for the mail's department.
 */
public final class UnmatchedMailActions {

    /** An action and the plugin it belongs to. */
    public record PluginAction(String pluginId, UnmatchedMailAction action) {
    }

    private final List<PluginAction> actions = new CopyOnWriteArrayList<>();

    public void add(String pluginId, UnmatchedMailAction action) {
        actions.add(new PluginAction(pluginId, action));
    }

    public void removeOwnedBy(String pluginId) {
        actions.removeIf(action -> action.pluginId().equals(pluginId));
    }

    /** The actions of the plugins {@code offered} accepts. */
    public List<PluginAction> of(Predicate<String> offered) {
        return actions.stream().filter(action -> offered.test(action.pluginId())).toList();
    }
}
