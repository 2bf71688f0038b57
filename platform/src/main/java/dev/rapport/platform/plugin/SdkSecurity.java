package dev.rapport.platform.plugin;

import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.UserInfo;
import java.util.Optional;

/**
 * The SDK's view of who acts ({@link PluginActor}): the session's user during a request, the plugin's system
 * identity in a listener, public endpoint or job, nobody elsewhere (no user, no role, every requirement refused). The user's role and
 * departments are those the session acts with (refreshed at every navigation), so {@link #currentUser} always
 * agrees with {@link #hasRole} and {@link #requireRole}.
 */
final class SdkSecurity implements Security {

    private final PluginActor actor;
    private final UserDirectory users;
    private final DepartmentDirectory departments;
    private final PluginPermissions permissions;

    SdkSecurity(PluginActor actor, UserDirectory users, DepartmentDirectory departments, PluginPermissions permissions) {
        this.actor = actor;
        this.permissions = permissions;
        this.users = users;
        this.departments = departments;
    }

    @Override
    public Optional<UserInfo> currentUser() {
        return actor.current().filter(current -> !current.isSystem())
                .flatMap(current -> users.find(current.userId()).map(user -> toInfo(user, current)));
    }

    private UserInfo toInfo(User user, Actor current) {
        return new UserInfo(user.id(), user.username(), current.displayName(), current.role(),
                current.departmentIds().stream().flatMap(id -> departments.find(id).stream())
                        .sorted(java.util.Comparator.comparing(dev.rapport.sdk.security.Department::name)).toList());
    }

    @Override
    public boolean hasRole(Role role) {
        return actor.current().map(current -> current.has(role)).orElse(false);
    }

    @Override
    public void requireRole(Role role, String action) {
        Permissions.require(actor.writer(action), role, action);
    }

    @Override
    public boolean hasPermission(String permission) {
        return actor.current().map(current -> permissions.has(current, permission)).orElse(false);
    }

    @Override
    public void requirePermission(String permission, String action) {
        Actor writer = actor.writer(action);
        if (!permissions.has(writer, permission)) {
            throw new AccessDeniedException(writer.displayName() + " (" + writer.role() + ") may not " + action);
        }
    }
}
