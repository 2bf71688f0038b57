package dev.rapport.sdk.extension;

import dev.rapport.sdk.security.Role;

/**
 * An entry of the side navigation.
 *
 * @param labelKey the i18n key of the label, from the plugin's bundle
 * @param icon a Vaadin icon name such as {@code vaadin:notebook}
 * @param path the route it opens
 * @param order its position; the kernel's entries use 10 to 90, plugins use 100 and above
 * @param requiredRole the least role a user needs to see it, or null for every user
 * @since 1.0.0
 */
public record MenuItem(String labelKey, String icon, String path, int order, Role requiredRole) {
}
