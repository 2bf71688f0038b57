package dev.rapport.platform.user;

import dev.rapport.sdk.security.Role;
import java.util.Collection;
import java.util.Set;

/**
 * Who performs an action: a signed-in user with their role and departments, or the system itself (start-up,
 * the kernel's own jobs; id 0 is never stored), or a plugin's system identity ({@link #plugin}: its listeners,
 * public endpoints and start, named {@code plugin:<id>} in the audit log). Services decide with it what is
 * allowed.
 */
public record Actor(long userId, String displayName, Role role, Set<Long> departmentIds) {

    public static final Actor SYSTEM = new Actor(0, "Rapport", Role.ADMINISTRATOR, Set.of());

    private static final String PLUGIN_PREFIX = "plugin:";

    public Actor {
        departmentIds = Set.copyOf(departmentIds);
    }

    public boolean isSystem() {
        return userId == 0;
    }

    /**
     * The system identity of a plugin's code that the platform runs (a listener, a public endpoint, its start):
     * allowed what the system is, and named {@code plugin:<id>} wherever the actor is recorded.
     */
    public static Actor plugin(String pluginId) {
        return new Actor(0, PLUGIN_PREFIX + pluginId, Role.ADMINISTRATOR, Set.of());
    }

    /** Whether this is a plugin's system identity ({@link #plugin}). */
    public boolean isPlugin() {
        return isSystem() && displayName.startsWith(PLUGIN_PREFIX);
    }

    /** The user id to store as "recorded by", or null for the system. */
    public Long storedUserId() {
        return isSystem() ? null : userId;
    }

    /** Whether the actor's role is {@code role} or stronger. */
    public boolean has(Role role) {
        return this.role.includes(role);
    }

    public boolean isMemberOfAny(Collection<Long> departments) {
        return departments.stream().anyMatch(departmentIds::contains);
    }

    public static Actor of(User user) {
        return new Actor(user.id(), user.displayName(), user.role(), user.departmentIds());
    }
}
