package dev.rapport.platform.web;

import java.util.Comparator;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The side navigation's entries. Entries come and go while the application runs (plugins add theirs when
 * they start); open layouts subscribe and rebuild their menu on every change.
 */
public final class NavigationRegistry {

    private static final Logger log = LoggerFactory.getLogger(NavigationRegistry.class);

    /**
     * One menu entry.
     *
     * @param id unique id, e.g. {@code kernel.customers} or {@code <plugin-id>.<entry>}
     * @param labelKey i18n key of the label
     * @param icon a Vaadin icon name such as {@code vaadin:users}
     * @param path the route path, without leading slash
     * @param order position; lower first
     * @param owner who contributed it: {@code kernel} or a plugin id
     * @param requiredRole the least role that sees it (and, for a plugin's, opens its page), or null for all
     * @param requiredPermission the plugin permission its page's route requires (only users with it see the
     *        entry), or null
     */
    public record MenuEntry(String id, String labelKey, String icon, String path, int order, String owner,
                            Role requiredRole, String requiredPermission) {

        /** An entry every user of the role sees. */
        public MenuEntry(String id, String labelKey, String icon, String path, int order, String owner,
                         Role requiredRole) {
            this(id, labelKey, icon, path, order, owner, requiredRole, null);
        }
    }

    private final Map<String, MenuEntry> entries = new ConcurrentHashMap<>();
    private final List<Consumer<List<MenuEntry>>> listeners = new CopyOnWriteArrayList<>();

    public void add(MenuEntry entry) {
        entries.put(entry.id(), entry);
        fireChanged();
    }

    /** Removes every entry {@code owner} contributed. */
    public void removeOwnedBy(String owner) {
        if (entries.values().removeIf(entry -> entry.owner().equals(owner))) {
            fireChanged();
        }
    }

    /** The entries in menu order. */
    public List<MenuEntry> entries() {
        return entries.values().stream()
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::id)).toList();
    }

    /** The role the menu entry for {@code path} requires, if there is such an entry and it requires one. */
    public Optional<Role> requiredRoleOf(String path) {
        return entries.values().stream().filter(entry -> entry.path().equals(path))
                .map(MenuEntry::requiredRole).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Calls {@code listener} with the new entries after every change; returns the call that unsubscribes. */
    public Runnable subscribe(Consumer<List<MenuEntry>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fireChanged() {
        List<MenuEntry> current = entries();
        for (Consumer<List<MenuEntry>> listener : listeners) {
            try {
                listener.accept(current);
            } catch (RuntimeException e) {
                log.warn("A navigation listener failed", e);
            }
        }
    }
}
