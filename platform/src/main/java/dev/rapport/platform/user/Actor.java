package dev.rapport.platform.user;

import dev.rapport.sdk.security.Role;
import java.util.Collection;
import java.util.Set;

/**
 * Who performs an action: a signed-in user with their role and departments, or the system itself (event
 * listeners, imports, start-up; id 0 is never stored). Services decide with it what is allowed.
 */
public record Actor(long userId, String displayName, Role role, Set<Long> departmentIds) {

    public static final Actor SYSTEM = new Actor(0, "Rapport", Role.ADMINISTRATOR, Set.of());

    public Actor {
        departmentIds = Set.copyOf(departmentIds);
    }

    public boolean isSystem() {
        return userId == 0;
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
