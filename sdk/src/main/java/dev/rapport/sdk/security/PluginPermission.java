package dev.rapport.sdk.security;

import java.util.Objects;
import java.util.Set;

/**
 * A named permission a plugin declares ({@link dev.rapport.sdk.extension.PermissionContribution}), e.g.
 * {@code service.close-request}. Who has it: administrators always; otherwise a user whose role is in
 * {@link #grantedByDefault} (or stronger than one there), or who belongs to a department an administrator granted it
 * to, unless one of their departments had it withdrawn (a withdrawal wins).
 *
 * @param key the permission's key: the plugin id, a dot and a name (e.g. {@code account-notes.delete-note}),
 *        at most 150 characters
 * @param labelKey the i18n key of its label, from the plugin's bundle
 * @param grantedByDefault the roles that have it where no department decision exists; each also grants it to the
 *        stronger roles
 * @since 1.3.0
 */
public record PluginPermission(String key, String labelKey, Set<Role> grantedByDefault) {

    public PluginPermission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        if (key.length() > 150) {
            throw new IllegalArgumentException("A permission key has at most 150 characters: " + key);
        }
        grantedByDefault = Set.copyOf(grantedByDefault);
    }

    /**
     * Whether {@code role} has this permission by default.
     *
     * @param role a user's role
     * @return true if {@code role} is one of the defaults or stronger than one
     */
    public boolean isDefaultFor(Role role) {
        return grantedByDefault.stream().anyMatch(role::includes);
    }
}
