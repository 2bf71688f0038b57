package dev.rapport.platform.plugin;

import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.UserInfo;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The SDK's view of who acts: the session's user during a request, the system otherwise. The user's role and
 * departments are those the session acts with (refreshed at every navigation), so {@link #currentUser} always
 * agrees with {@link #hasRole} and {@link #requireRole}.
 */
final class SdkSecurity implements Security {

    private final Supplier<Actor> actor;
    private final UserDirectory users;
    private final DepartmentDirectory departments;

    SdkSecurity(Supplier<Actor> actor, UserDirectory users, DepartmentDirectory departments) {
        this.actor = actor;
        this.users = users;
        this.departments = departments;
    }

    @Override
    public Optional<UserInfo> currentUser() {
        Actor current = actor.get();
        if (current.isSystem()) {
            return Optional.empty();
        }
        return users.find(current.userId()).map(user -> toInfo(user, current));
    }

    private UserInfo toInfo(User user, Actor current) {
        return new UserInfo(user.id(), user.username(), current.displayName(), current.role(),
                current.departmentIds().stream().flatMap(id -> departments.find(id).stream())
                        .sorted(java.util.Comparator.comparing(dev.rapport.sdk.security.Department::name)).toList());
    }

    @Override
    public boolean hasRole(Role role) {
        return actor.get().has(role);
    }

    @Override
    public void requireRole(Role role, String action) {
        Permissions.require(actor.get(), role, action);
    }
}
