package dev.rapport.sdk.extension;

import com.vaadin.flow.component.Component;

/**
 * A path and the view that serves it. The view is shown inside the platform's main layout.
 *
 * @param path the path without leading slash, starting with the plugin id; may hold route parameters in
 *        Vaadin's template syntax, e.g. {@code account-notes/:noteId}
 * @param view the view class, from the plugin
 * @since 1.0.0
 */
public record PluginRoute(String path, Class<? extends Component> view) {
}
