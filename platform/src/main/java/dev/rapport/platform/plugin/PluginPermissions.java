package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.PLUGIN_PERMISSION_DEPARTMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.pf4j.PluginRuntimeException;

/**
 * The permissions started plugins declare and the administrators' decisions per department. A user has a
 * permission if they are an administrator (or the system), or their role has it by default or one of their
 * departments was granted it, unless one of their departments had it withdrawn: a withdrawal wins, so an
 * administrator can take a permission away from a department without touching the role defaults.
 * Decisions are read from the database on each check (one indexed query): they apply at once on every node.
 */
public final class PluginPermissions {

    /** An administrator's decision for one department: grant, withdraw, or none (the role defaults apply). */
    public enum Decision { GRANTED, WITHDRAWN, DEFAULT }

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Map<String, List<PluginPermission>> declared = new ConcurrentHashMap<>();
    private final Map<Class<?>, ViewPermission> viewPermissions = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record ViewPermission(String pluginId, String key) {
    }

    public PluginPermissions(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Registers a started plugin's permissions; refuses keys that do not start with its id and a dot, or repeat. */
    void add(String pluginId, List<PluginPermission> permissions) {
        Set<String> keys = new HashSet<>();
        for (PluginPermission permission : permissions) {
            if (!permission.key().startsWith(pluginId + ".") || permission.key().length() == pluginId.length() + 1) {
                throw new PluginRuntimeException("The permission ''{}'' must start with the plugin id ''{}.''",
                        permission.key(), pluginId);
            }
            if (!keys.add(permission.key())) {
                throw new PluginRuntimeException("The permission ''{}'' is declared twice", permission.key());
            }
        }
        declared.merge(pluginId, List.copyOf(permissions),
                (before, added) -> java.util.stream.Stream.concat(before.stream(), added.stream()).toList());
    }

    /** Makes {@code view} need {@code key} (nothing if null); the key must be one {@code pluginId} declared. */
    void requireForView(String pluginId, Class<?> view, String key) {
        if (key == null) {
            return;
        }
        if (of(pluginId).stream().noneMatch(permission -> permission.key().equals(key))) {
            throw new PluginRuntimeException("The route of ''{}'' requires ''{}'', which the plugin does not declare",
                    view.getName(), key);
        }
        viewPermissions.put(view, new ViewPermission(pluginId, key));
    }

    /** The permission a plugin's view needs, if its route declares one. */
    public Optional<String> requiredFor(Class<?> view) {
        return Optional.ofNullable(viewPermissions.get(view)).map(ViewPermission::key);
    }

    void removeOwnedBy(String pluginId) {
        declared.remove(pluginId);
        viewPermissions.values().removeIf(required -> required.pluginId().equals(pluginId));
    }

    /** The permissions {@code pluginId} declares while it runs, in its order. */
    public List<PluginPermission> of(String pluginId) {
        return declared.getOrDefault(pluginId, List.of());
    }

    private Optional<PluginPermission> find(String key) {
        return declared.values().stream().flatMap(List::stream).filter(p -> p.key().equals(key)).findFirst();
    }

    /** Whether {@code actor} has the permission {@code key}; an undeclared key is refused except to administrators. */
    public boolean has(Actor actor, String key) {
        if (actor.isSystem() || actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        Optional<PluginPermission> permission = find(key);
        if (permission.isEmpty() || actor.departmentIds().isEmpty() && !permission.get().isDefaultFor(actor.role())) {
            return false;
        }
        Map<Long, Boolean> decisions = dsl.select(PLUGIN_PERMISSION_DEPARTMENT.DEPARTMENT_ID,
                        PLUGIN_PERMISSION_DEPARTMENT.GRANTED).from(PLUGIN_PERMISSION_DEPARTMENT)
                .where(PLUGIN_PERMISSION_DEPARTMENT.PERMISSION_KEY.eq(key))
                .and(PLUGIN_PERMISSION_DEPARTMENT.DEPARTMENT_ID.in(actor.departmentIds()))
                .fetchMap(PLUGIN_PERMISSION_DEPARTMENT.DEPARTMENT_ID, PLUGIN_PERMISSION_DEPARTMENT.GRANTED);
        if (decisions.containsValue(false)) {
            return false;
        }
        return decisions.containsValue(true) || permission.get().isDefaultFor(actor.role());
    }

    /** The decisions on {@code pluginId}'s permissions: permission key → department id → granted. */
    public Map<String, Map<Long, Boolean>> decisions(String pluginId) {
        Map<String, Map<Long, Boolean>> decisions = new LinkedHashMap<>();
        dsl.selectFrom(PLUGIN_PERMISSION_DEPARTMENT).where(PLUGIN_PERMISSION_DEPARTMENT.PLUGIN_ID.eq(pluginId))
                .forEach(row -> decisions.computeIfAbsent(row.getPermissionKey(), k -> new HashMap<>())
                        .put(row.getDepartmentId(), row.getGranted()));
        return decisions;
    }

    /** Grants, withdraws or resets {@code key} for one department (administrators only; audited). */
    public void decide(String pluginId, String key, long departmentId, Decision decision, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "grant or withdraw a plugin's permission");
        if (!key.startsWith(pluginId + ".")) {
            throw new IllegalArgumentException("The permission " + key + " is not one of " + pluginId);
        }
        Decision before = Optional.ofNullable(decisions(pluginId).getOrDefault(key, Map.of()).get(departmentId))
                .map(granted -> granted ? Decision.GRANTED : Decision.WITHDRAWN).orElse(Decision.DEFAULT);
        if (before == decision) {
            return;
        }
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (decision == Decision.DEFAULT) {
                tx.deleteFrom(PLUGIN_PERMISSION_DEPARTMENT).where(PLUGIN_PERMISSION_DEPARTMENT.PERMISSION_KEY.eq(key))
                        .and(PLUGIN_PERMISSION_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)).execute();
            } else {
                boolean granted = decision == Decision.GRANTED;
                tx.insertInto(PLUGIN_PERMISSION_DEPARTMENT).set(PLUGIN_PERMISSION_DEPARTMENT.PLUGIN_ID, pluginId)
                        .set(PLUGIN_PERMISSION_DEPARTMENT.PERMISSION_KEY, key)
                        .set(PLUGIN_PERMISSION_DEPARTMENT.DEPARTMENT_ID, departmentId)
                        .set(PLUGIN_PERMISSION_DEPARTMENT.GRANTED, granted)
                        .onDuplicateKeyUpdate().set(PLUGIN_PERMISSION_DEPARTMENT.GRANTED, granted).execute();
            }
            audit.record(tx, actor, AuditAction.PLUGIN_PERMISSION_CHANGED, "plugin", pluginId,
                    key + " for department " + departmentId + ": " + before + " → " + decision);
        });
        listeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} after every decision (open menus redraw); returns the call that unsubscribes. */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
