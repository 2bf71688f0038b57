package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.EVENT_PARKED;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;
import static dev.rapport.platform.internal.db.Tables.PLUGIN_PERMISSION_DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.PLUGIN_SETTING;
import static dev.rapport.platform.internal.db.Tables.PLUGIN_STATE;

import dev.rapport.platform.persistence.Sql;

import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import org.pf4j.PluginStatusProvider;

/**
 * Whether each plugin is enabled, and its last error, in the database: every restart and every node of a
 * cluster agree. A plugin nobody decided on yet is enabled when {@code enableNew} is set.
 */
final class PluginStateStore implements PluginStatusProvider {

    private static final int MAX_ERROR = 4000;
    private static final int MAX_VERSION = 50;

    private final DSLContext dsl;
    private final Clock clock;
    private final boolean enableNew;

    PluginStateStore(DSLContext dsl, Clock clock, boolean enableNew) {
        this.dsl = dsl;
        this.clock = clock;
        this.enableNew = enableNew;
    }

    @Override
    public boolean isPluginDisabled(String pluginId) {
        return !isEnabled(pluginId);
    }

    boolean isEnabled(String pluginId) {
        return dsl.select(PLUGIN_STATE.ENABLED).from(PLUGIN_STATE).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId))
                .fetchOptional(PLUGIN_STATE.ENABLED).orElse(enableNew);
    }

    /** A plugin's file seen in the folder: its version {@code now}, and the one seen before (null: none). */
    record Arrival(String before, String now) {
        boolean isNew() {
            return before == null;
        }

        boolean isOtherVersion() {
            return before != null && !before.equals(now);
        }
    }

    /**
     * Notes that {@code version} of the plugin is in the plugins folder now (a plugin seen for the first time
     * gets its enabled flag here, as {@code enableNew} says), and tells which version was there before.
     */
    Arrival arrived(String pluginId, String version) {
        String now = version.length() <= MAX_VERSION ? version : version.substring(0, MAX_VERSION);
        String before = dsl.select(PLUGIN_STATE.VERSION).from(PLUGIN_STATE)
                .where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId)).fetchOptional(PLUGIN_STATE.VERSION).orElse(null);
        dsl.insertInto(PLUGIN_STATE)
                .set(PLUGIN_STATE.PLUGIN_ID, pluginId)
                .set(PLUGIN_STATE.ENABLED, enableNew)
                .set(PLUGIN_STATE.VERSION, now)
                .set(PLUGIN_STATE.UPDATED_AT, clock.instant())
                .onDuplicateKeyUpdate()
                .set(PLUGIN_STATE.VERSION, now)
                .execute();
        return new Arrival(before, now);
    }

    /** Notes that the plugin's file left the folder; its enabled flag stays for when it comes back. */
    void departed(String pluginId) {
        dsl.update(PLUGIN_STATE).setNull(PLUGIN_STATE.VERSION).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId)).execute();
    }

    @Override
    public void disablePlugin(String pluginId) {
        save(pluginId, false, null);
    }

    @Override
    public void enablePlugin(String pluginId) {
        save(pluginId, true, null);
    }

    /** Disables the plugin because of {@code error}, which the Plugins page shows. */
    void disableWithError(String pluginId, String error) {
        save(pluginId, false, error);
    }

    /** Keeps the plugin's enabled flag and records (or clears, with null) its error. */
    void recordError(String pluginId, String error) {
        save(pluginId, isEnabled(pluginId), error);
    }

    void recordVersion(String pluginId, String version) {
        dsl.update(PLUGIN_STATE).set(PLUGIN_STATE.VERSION, version).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId)).execute();
    }

    /** Whether the platform has seen this plugin before (it may have been uninstalled with its data kept). */
    boolean known(String pluginId) {
        return dsl.fetchExists(PLUGIN_STATE, PLUGIN_STATE.PLUGIN_ID.eq(pluginId));
    }

    /**
     * Forgets everything the kernel keeps for a plugin: its state, settings, the departments' grants and withdrawals
     * of its permissions and its event positions, and the events parked for its listeners (whose ids start with the
     * plugin id). A reinstallation starts from the plugin's defaults.
     */
    void forget(String pluginId) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(EVENT_PARKED).where(Sql.startsWith(EVENT_PARKED.LISTENER_ID, pluginId + ":")).execute();
            tx.deleteFrom(EVENT_SUBSCRIPTION).where(Sql.startsWith(EVENT_SUBSCRIPTION.LISTENER_ID, pluginId + ":"))
                    .execute();
            tx.deleteFrom(PLUGIN_SETTING).where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId)).execute();
            tx.deleteFrom(PLUGIN_PERMISSION_DEPARTMENT).where(PLUGIN_PERMISSION_DEPARTMENT.PLUGIN_ID.eq(pluginId)).execute();
            tx.deleteFrom(PLUGIN_STATE).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId)).execute();
        });
    }

    Optional<String> lastError(String pluginId) {
        return dsl.select(PLUGIN_STATE.LAST_ERROR).from(PLUGIN_STATE).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId))
                .fetchOptional(PLUGIN_STATE.LAST_ERROR);
    }

    private void save(String pluginId, boolean enabled, String error) {
        String trimmed = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        dsl.insertInto(PLUGIN_STATE)
                .set(PLUGIN_STATE.PLUGIN_ID, pluginId)
                .set(PLUGIN_STATE.ENABLED, enabled)
                .set(PLUGIN_STATE.LAST_ERROR, trimmed)
                .set(PLUGIN_STATE.UPDATED_AT, clock.instant())
                .onDuplicateKeyUpdate()
                .set(PLUGIN_STATE.ENABLED, enabled)
                .set(PLUGIN_STATE.LAST_ERROR, trimmed)
                .set(PLUGIN_STATE.UPDATED_AT, clock.instant())
                .execute();
    }
}
