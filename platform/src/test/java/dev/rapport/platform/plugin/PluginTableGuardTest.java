package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A plugin's {@code DSLContext} reaches only the tables with its prefix; here the prefix {@code audit_} stands for
 * a plugin's own tables and {@code customer} for the kernel's.
 */
class PluginTableGuardTest {

    private final Kernel kernel = new Kernel();
    private final AtomicInteger prefixLookups = new AtomicInteger();
    private final DSLContext plugin = PluginTableGuard.guard(kernel.dsl, "tester", () -> {
        prefixLookups.incrementAndGet();
        return List.of("audit_");
    });

    @Test
    void statementsOnThePluginsOwnTablesRun() {
        assertThat(plugin.fetchCount(AUDIT_ENTRY)).isNotNegative();
        assertThat(plugin.fetch("select count(*) from audit_entry where id > ?", 0).size()).isEqualTo(1);
    }

    @Test
    void aStatementOnAKernelTableIsRefusedBeforeItRunsNamingThePluginAndTheTable() {
        assertThatThrownBy(() -> plugin.selectCount().from(AUDIT_ENTRY).join(CUSTOMER).on(DSL.noCondition()).fetchOne())
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Plugin tester may not use the table customer")
                .hasMessageContaining("prefix audit_");
        assertThatThrownBy(() -> plugin.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(-1L)).execute())
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("the table customer");
        assertThatThrownBy(() -> plugin.batch(plugin.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(-1L))).execute())
                .hasStackTraceContaining("Plugin tester may not use the table customer");
    }

    @Test
    void plainSqlIsReadWithJooqsParserAndRefusedWhenItNamesAKernelTableOrCannotBeRead() {
        assertThatThrownBy(() -> plugin.fetch("select * from customer where id = ?", 1))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("the table customer");
        assertThatThrownBy(() -> plugin.selectCount().from(AUDIT_ENTRY)
                .where(DSL.condition("exists (select 1 from app_user)")).fetchOne())
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("the table app_user");
        assertThatThrownBy(() -> plugin.execute("grant all on *.* to 'someone'"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("plain SQL that jOOQ's parser cannot read");
        assertThatThrownBy(() -> plugin.fetch("select * from mysql.user"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("the table mysql.user");
    }

    @Test
    void rawJdbcOverThePluginsConnectionsPassesTheSameCheck() {
        Boolean counted = plugin.connectionResult(connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("select count(*) from audit_entry")) {
                return rows.next();
            }
        });
        assertThat(counted).isTrue();
        assertThatThrownBy(() -> plugin.connection(connection -> connection.createStatement()
                .executeQuery("select * from customer"))).hasStackTraceContaining("Plugin tester may not use the table customer");
        assertThatThrownBy(() -> plugin.connection(connection -> connection.prepareStatement("delete from task")))
                .hasStackTraceContaining("Plugin tester may not use the table task");
        assertThatThrownBy(() -> plugin.connection(connection -> connection.unwrap(java.sql.Connection.class)))
                .hasStackTraceContaining("Plugin tester may not unwrap its database connection");
    }

    @Test
    void theSdksOwnWritesInThePluginsTransactionPassAndRollBackWithIt() {
        long id = kernel.customers.create(Kernel.person("Lia", Kernel.unique("Lifted")), Actor.SYSTEM).id();
        String notesBefore = kernel.customers.get(id).details().notes();
        assertThatThrownBy(() -> plugin.transaction(tx -> {
            assertThatThrownBy(() -> tx.dsl().fetchCount(CUSTOMER)).isInstanceOf(AccessDeniedException.class);
            PluginTableGuard.sdkWork(() -> tx.dsl().update(CUSTOMER)
                    .set(CUSTOMER.NOTES, "written in the plugin's transaction").where(CUSTOMER.ID.eq(id)).execute());
            assertThatThrownBy(() -> tx.dsl().fetchCount(CUSTOMER)).as("only the SDK's work passes")
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(PluginTableGuard.sdkWork(() -> tx.dsl().fetchValue(CUSTOMER.NOTES, CUSTOMER.ID.eq(id))))
                    .isEqualTo("written in the plugin's transaction");
            throw new IllegalStateException("the plugin's own step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(kernel.customers.get(id).details().notes()).as("rolled back with the plugin's transaction")
                .isEqualTo(notesBefore);
    }

    @Test
    void thePrefixesAreAskedOnceAtTheFirstStatement() {
        for (int i = 0; i < 100; i++) {
            plugin.selectCount().from(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt((long) i)).fetchOne();
        }
        assertThat(prefixLookups).hasValue(1);
    }
}
