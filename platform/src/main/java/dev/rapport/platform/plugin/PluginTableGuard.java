package dev.rapport.platform.plugin;

import dev.rapport.platform.persistence.KernelWork;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.platform.persistence.SqlTables;
import dev.rapport.sdk.error.AccessDeniedException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keeps a plugin's SQL to its own tables: every statement the plugin's {@code DSLContext} runs is refused before
 * it executes when it names a table without the plugin's prefix (kernel data is read and written through the
 * SDK). The SDK's own writes inside the plugin's transaction run as {@link #sdkWork} and pass.
 *
 * <p>Statements built with jOOQ's DSL are judged by the tables their query object renders. Plain SQL (a string
 * given to {@code execute}, {@code fetch}, {@code DSL.table(String)}, {@code DSL.condition(String)}) hides its
 * tables from jOOQ, so the rendered statement is read with jOOQ's parser instead; plain SQL that the parser cannot
 * read is refused, since what it touches cannot be told.
 *
 * <p>Raw JDBC over the plugin's connections is checked by its statement texts ({@link GuardedConnections}).
 *
 * <p>The verdict is cached per statement text: statements of one shape render the same text (values are bound as
 * {@code ?}), so a plugin's list queries pay one hash lookup each after their first run.
 */
final class PluginTableGuard implements ExecuteListener {

    private static final int CACHED_SHAPES = 5_000;

    private final String pluginId;
    private final Supplier<List<String>> prefixSource;
    private final Cache<String, Optional<String>> verdicts = Caffeine.newBuilder().maximumSize(CACHED_SHAPES).build();
    private volatile List<String> prefixes;

    private PluginTableGuard(String pluginId, Supplier<List<String>> prefixes) {
        this.pluginId = pluginId;
        this.prefixSource = prefixes;
    }

    /**
     * The kernel's context for the plugin {@code pluginId}, restricted to the tables whose names start with one of
     * {@code prefixes} (asked once, at the first statement: the plugin's schema contributions).
     */
    static DSLContext guard(DSLContext kernel, String pluginId, Supplier<List<String>> prefixes) {
        PluginTableGuard guard = new PluginTableGuard(pluginId, prefixes);
        Configuration configuration = kernel.configuration().deriveAppending(guard);
        return DSL.using(configuration.derive(new GuardedConnections(configuration.connectionProvider(), pluginId,
                sql -> guard.check(sql, null))));
    }

    /**
     * Runs the SDK's own statements for a plugin, e.g. a customer created inside the plugin's transaction: they are
     * the kernel's, on the kernel's tables, and pass the guard. Plugins cannot call this (platform classes are
     * closed to them).
     */
    static <T> T sdkWork(Supplier<T> work) {
        return KernelWork.run(work);
    }

    /** Judges a query with its query object, before its text reaches the connection (which then finds it known). */
    @Override
    public void renderEnd(ExecuteContext context) {
        if (context.sql() != null) {
            check(context.sql(), context.query());
        }
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (context.sql() != null) {
            check(context.sql(), context.query());
        }
        String[] batch = context.batchSQL();
        Query[] queries = context.batchQueries();
        for (int i = 0; i < batch.length; i++) {
            if (batch[i] != null) {
                check(batch[i], i < queries.length ? queries[i] : null);
            }
        }
    }

    private void check(String sql, Query query) {
        if (KernelWork.active()) {
            return;
        }
        verdicts.get(sql, text -> refusal(text, query)).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
    }

    /** Why the statement {@code sql} (rendered from {@code query}, if known) is refused, or empty. */
    private Optional<String> refusal(String sql, Query query) {
        SqlTables used = query == null ? null : SqlTables.of(query);
        if (used == null || used.plainSql()) {
            Optional<SqlTables> parsed = SqlTables.parse(sql);
            if (parsed.isEmpty()) {
                return Optional.of("Plugin " + pluginId + " may not run plain SQL that jOOQ's parser cannot read, since"
                        + " the tables it uses cannot be told: use jOOQ's DSL with the plugin's own tables");
            }
            used = parsed.get();
        }
        for (Table<?> table : used.tables()) {
            if (prefixes().stream().noneMatch(prefix -> SqlTables.within(table, prefix))) {
                return Optional.of("Plugin " + pluginId + " may not use the table " + SqlTables.nameOf(table)
                        + ": its SQL reaches only its own tables (prefix " + String.join(", ", prefixes()) + "); kernel"
                        + " data is read and written through the SDK");
            }
        }
        return Optional.empty();
    }

    private List<String> prefixes() {
        List<String> known = prefixes;
        if (known == null) {
            known = List.copyOf(prefixSource.get());
            prefixes = known;
        }
        return known;
    }
}
