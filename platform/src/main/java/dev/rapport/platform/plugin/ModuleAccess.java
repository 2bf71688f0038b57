package dev.rapport.platform.plugin;

import dev.rapport.platform.cluster.CacheSignals;
import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.PLUGIN_DEPARTMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;

/**
 * Which departments use which plugin. A user sees a plugin's menu entries, pages, customer tabs and tasks
 * only if one of their departments uses it; administrators see every plugin, to set them up. Changes take
 * effect at once for everyone (views ask on every navigation; open layouts are told).
 */
public final class ModuleAccess {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, Set<Long>> departmentsByPlugin;
    private volatile CacheSignals signals;

    public ModuleAccess(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Whether {@code actor} may use {@code pluginId}: the system and administrators always may. */
    public boolean isEnabledFor(String pluginId, Actor actor) {
        if (actor.isSystem() || actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        return departmentsOf(pluginId).stream().anyMatch(actor.departmentIds()::contains);
    }

    /** The task sources {@code actor} sees: the kernel and the plugins they may use; null (all) for administrators. */
    public Set<String> visibleTaskSources(Actor actor) {
        if (actor.isSystem() || actor.has(Role.ADMINISTRATOR)) {
            return null;
        }
        Set<String> sources = new HashSet<>();
        sources.add("kernel");
        snapshot().forEach((pluginId, departments) -> {
            if (departments.stream().anyMatch(actor.departmentIds()::contains)) {
                sources.add(pluginId);
            }
        });
        return sources;
    }

    public Set<Long> departmentsOf(String pluginId) {
        return snapshot().getOrDefault(pluginId, Set.of());
    }

    /** Sets the departments that use {@code pluginId} (administrators only; audited). */
    public void setDepartments(String pluginId, Set<Long> departmentIds, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "choose the departments of a plugin");
        Set<Long> before = departmentsOf(pluginId);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(PLUGIN_DEPARTMENT).where(PLUGIN_DEPARTMENT.PLUGIN_ID.eq(pluginId)).execute();
            for (Long departmentId : departmentIds) {
                tx.insertInto(PLUGIN_DEPARTMENT).set(PLUGIN_DEPARTMENT.PLUGIN_ID, pluginId)
                        .set(PLUGIN_DEPARTMENT.DEPARTMENT_ID, departmentId).execute();
            }
            audit.record(tx, actor, AuditAction.MODULE_DEPARTMENTS_CHANGED, "plugin", pluginId,
                    "departments: " + new TreeSet<>(before) + " → " + new TreeSet<>(departmentIds));
        });
        changed();
    }

    /** A plugin seen for the first time is used by every department until an administrator narrows it down. */
    void assignAllDepartmentsIfUnassigned(String pluginId) {
        if (dsl.fetchExists(PLUGIN_DEPARTMENT, PLUGIN_DEPARTMENT.PLUGIN_ID.eq(pluginId))) {
            return;
        }
        dsl.insertInto(PLUGIN_DEPARTMENT, PLUGIN_DEPARTMENT.PLUGIN_ID, PLUGIN_DEPARTMENT.DEPARTMENT_ID)
                .select(dsl.select(org.jooq.impl.DSL.val(pluginId), DEPARTMENT.ID).from(DEPARTMENT))
                .onDuplicateKeyIgnore().execute();
        changed();
    }

    /** Forgets which departments use an uninstalled plugin (its data was removed with it). */
    void forget(String pluginId) {
        dsl.deleteFrom(PLUGIN_DEPARTMENT).where(PLUGIN_DEPARTMENT.PLUGIN_ID.eq(pluginId)).execute();
        changed();
    }

    /** Calls {@code listener} after every change; returns the call that unsubscribes. */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Map<String, Set<Long>> snapshot() {
        Map<String, Set<Long>> current = departmentsByPlugin;
        if (current == null) {
            Map<String, Set<Long>> loaded = new HashMap<>();
            dsl.selectFrom(PLUGIN_DEPARTMENT).forEach(row ->
                    loaded.computeIfAbsent(row.getPluginId(), id -> new HashSet<>()).add(row.getDepartmentId()));
            current = Map.copyOf(loaded);
            departmentsByPlugin = current;
        }
        return current;
    }

    /** From now on, a change here makes the other nodes read the departments again, and theirs make this one. */
    public void signalOtherNodesWith(CacheSignals signals) {
        signals.on(CacheSignals.MODULE_DEPARTMENTS, key -> forgetCached());
        this.signals = signals;
    }

    private void changed() {
        forgetCached();
        CacheSignals others = signals;
        if (others != null) {
            others.send(CacheSignals.MODULE_DEPARTMENTS, null);
        }
    }

    private void forgetCached() {
        departmentsByPlugin = null;
        listeners.forEach(Runnable::run);
    }
}
