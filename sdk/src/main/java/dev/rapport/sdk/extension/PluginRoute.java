package dev.rapport.sdk.extension;

import com.vaadin.flow.component.Component;

/**
 * A path and the view that serves it. The view is shown inside the platform's main layout.
 *
 * @param path the path without leading slash, starting with the plugin id; may hold route parameters in
 *        Vaadin's template syntax, e.g. {@code account-notes/:noteId}
 * @param view the view class, from the plugin
 * @param requiredPermission the key of a permission of the plugin ({@link PermissionContribution}) a user needs to
 *        open the view, or null for every user of the plugin's departments (since 1.3.0); a user without it sees
 *        the access-denied page, also when typing the address
 * @since 1.0.0
 */
public record PluginRoute(String path, Class<? extends Component> view, String requiredPermission) {

    /**
     * A route every user of the plugin's departments may open.
     *
     * @param path the path
     * @param view the view class
     */
    public PluginRoute(String path, Class<? extends Component> view) {
        this(path, view, null);
    }

    /**
     * This route, open only to users with {@code permission}.
     *
     * @param permission a permission key the plugin declares
     * @return the route requiring it
     * @since 1.3.0
     */
    public PluginRoute requiring(String permission) {
        return new PluginRoute(path, view, permission);
    }
}
