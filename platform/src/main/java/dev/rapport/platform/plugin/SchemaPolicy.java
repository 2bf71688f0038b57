package dev.rapport.platform.plugin;

import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.sdk.extension.SchemaContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin's database schema: applies its Liquibase changelog when it starts, refuses a changelog outside the
 * plugin's own path or table prefix, rolls back what one attempt applied, and removes the plugin's tables when it
 * is uninstalled with its data. Holds no lock: Liquibase serialises changelogs through its own database lock.
 */
final class SchemaPolicy {

    private static final Logger log = LoggerFactory.getLogger(SchemaPolicy.class);
    private static final Pattern TABLE_PREFIX = Pattern.compile("[a-z]{2,5}_");

    /** Changesets of one changelog that one start applied. */
    record Migration(String changelog, int applied) {
    }

    private final SchemaMigrator schema;
    private final RapportPluginManager plugins;

    SchemaPolicy(SchemaMigrator schema, RapportPluginManager plugins) {
        this.schema = schema;
        this.plugins = plugins;
    }

    /**
     * Applies the plugin's changelog from its class loader, noting in {@code migrations} what it applied (also when
     * it fails). The changelog must lie at {@code plugins/<id>/changelog.xml} and create only tables with the
     * plugin's prefix; otherwise what it applied is rolled back and the plugin refused.
     */
    void migrate(PluginWrapper plugin, List<Migration> migrations) {
        String pluginId = plugin.getPluginId();
        for (SchemaContribution contribution : contributions(plugin)) {
            String changelog = contribution.changelogPath();
            String expected = "plugins/" + pluginId + "/changelog.xml";
            if (!expected.equals(changelog)) {
                throw new IllegalStateException("The changelog must lie at " + expected + ", not " + changelog);
            }
            String prefix = contribution.tablePrefix();
            if (prefix == null || !TABLE_PREFIX.matcher(prefix).matches()) {
                throw new IllegalStateException("The table prefix must be 2 to 5 lower-case letters and _, not " + prefix);
            }
            Set<String> before = schema.tables();
            int appliedBefore = schema.appliedCount(changelog);
            try {
                schema.updateWithinPrefix(changelog, plugin.getPluginClassLoader(), prefix);
            } finally {
                migrations.add(new Migration(changelog, schema.appliedCount(changelog) - appliedBefore));
            }
            Set<String> foreign = new TreeSet<>(schema.tables());
            foreign.removeAll(before);
            foreign.removeIf(table -> table.startsWith(prefix));
            if (!foreign.isEmpty()) {
                schema.rollback(changelog, plugin.getPluginClassLoader(), schema.appliedCount(changelog) - appliedBefore);
                migrations.removeLast();
                throw new IllegalStateException("The changelog created tables without the prefix " + prefix + ": " + foreign);
            }
        }
    }

    /** Rolls back what {@code migrations} applied, newest first, so the database is as before the attempt. */
    void rollBack(PluginWrapper plugin, List<Migration> migrations) {
        for (Migration migration : migrations.reversed()) {
            if (migration.applied() > 0) {
                schema.rollback(migration.changelog(), plugin.getPluginClassLoader(), migration.applied());
                log.info("Plugin {}: rolled back the {} changesets this attempt applied", plugin.getPluginId(),
                        migration.applied());
            }
        }
    }

    /** Rolls back every changeset of the plugin's changelogs: its tables are dropped. */
    void removeAll(PluginWrapper plugin) {
        for (SchemaContribution contribution : contributions(plugin)) {
            schema.rollback(contribution.changelogPath(), plugin.getPluginClassLoader(),
                    schema.appliedCount(contribution.changelogPath()));
        }
    }

    private List<SchemaContribution> contributions(PluginWrapper plugin) {
        List<SchemaContribution> contributions = new ArrayList<>();
        for (String className : plugins.extensionClassNamesOf(plugin.getPluginId())) {
            try {
                Class<?> type = plugin.getPluginClassLoader().loadClass(className);
                if (SchemaContribution.class.isAssignableFrom(type)) {
                    contributions.add((SchemaContribution) plugins.getExtensionFactory().create(type));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The extension " + className + " is missing", e);
            }
        }
        return contributions;
    }
}
