package dev.rapport.platform.plugin;

import com.vaadin.flow.component.Component;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerTab;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The customer 360° tabs of the running plugins. */
public final class CustomerTabRegistry {

    /** A tab and the plugin it belongs to. */
    public record PluginTab(String pluginId, CustomerTab tab) {
    }

    private final List<PluginTab> tabs = new CopyOnWriteArrayList<>();
    private final PluginHealth health;

    public CustomerTabRegistry(PluginHealth health) {
        this.health = health;
    }

    public void add(String pluginId, CustomerTab tab) {
        tabs.add(new PluginTab(pluginId, tab));
    }

    public void removeOwnedBy(String pluginId) {
        tabs.removeIf(tab -> tab.pluginId().equals(pluginId));
    }

    /** The tabs in their order. */
    public List<PluginTab> tabs() {
        return tabs.stream().sorted(Comparator.comparingInt((PluginTab tab) -> safeOrder(tab))
                .thenComparing(PluginTab::pluginId)).toList();
    }

    /** The tab's content, or {@code onFailure}'s component when the plugin fails (the failure is recorded). */
    public Component content(PluginTab tab, CustomerInfo customer, java.util.function.Supplier<Component> onFailure) {
        try {
            return tab.tab().createContent(customer);
        } catch (RuntimeException | LinkageError e) {
            health.failed(tab.pluginId(), "customer tab " + tab.tab().getClass().getName(), e);
            return onFailure.get();
        }
    }

    /** The tab's label key, or null when the plugin fails to tell. */
    public String labelKey(PluginTab tab) {
        try {
            return tab.tab().labelKey();
        } catch (RuntimeException | LinkageError e) {
            health.failed(tab.pluginId(), "customer tab " + tab.tab().getClass().getName(), e);
            return null;
        }
    }

    private int safeOrder(PluginTab tab) {
        try {
            return tab.tab().order();
        } catch (RuntimeException | LinkageError e) {
            return Integer.MAX_VALUE;
        }
    }
}
