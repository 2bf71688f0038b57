package dev.rapport.sdk.extension;

import org.pf4j.ExtensionPoint;

/**
 * The plugin's own database tables, as a Liquibase changelog in the plugin.
 *
 * <p><b>Lifecycle:</b> the changelog is applied from the plugin's class loader before the plugin starts,
 * every time it starts (already applied changesets are skipped). If it fails, the plugin stays stopped,
 * disabled, with the error on the Plugins page; the kernel's tables are never touched.
 * <p><b>Rules</b>, checked by the platform: the changelog lies at {@code plugins/<plugin-id>/changelog.xml}
 * (Liquibase identifies a changeset by id, author and path, so a unique path keeps plugins apart), and
 * every table it creates starts with {@link #tablePrefix()}; a changelog that creates another table is
 * rolled back and the plugin refused. Formatted-SQL changesets need explicit rollback statements, so that
 * uninstalling with "remove data" can roll them back.
 *
 * @since 1.0.0
 */
public interface SchemaContribution extends ExtensionPoint {

    /**
     * The changelog's path in the plugin.
     *
     * @return {@code plugins/<plugin-id>/changelog.xml}
     */
    String changelogPath();

    /**
     * The prefix of every table of the plugin: two to five lower-case letters and an underscore, e.g.
     * {@code acq_}.
     *
     * @return the prefix
     */
    String tablePrefix();
}
