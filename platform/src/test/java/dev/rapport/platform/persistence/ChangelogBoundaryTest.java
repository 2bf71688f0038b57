package dev.rapport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A plugin's changelog is read before any of it runs: a changeset that touches a table outside the plugin's prefix
 * (Liquibase's own changes and SQL alike) is refused with its id and the table, and nothing of the changelog is
 * applied. The plugin's prefix here is {@code tbt_} or {@code tbo_}; {@code customer} and {@code task} are kernel
 * tables.
 */
class ChangelogBoundaryTest {

    private final SchemaMigrator migrator = new SchemaMigrator(TestDatabase.get().dataSource());
    private final ClassLoader resources = getClass().getClassLoader();

    @Test
    void aChangeThatDropsAKernelTableIsRefusedAndNothingRuns() {
        assertThatThrownBy(() -> migrator.updateWithinPrefix("boundary/drop-task.xml", resources, "tbt_"))
                .isInstanceOf(SchemaMigrator.SchemaMigrationException.class)
                .hasMessageContaining("Changeset 002-drop-task (boundary)")
                .hasMessageContaining("the table task without the prefix tbt_");
        assertThat(migrator.tables()).contains("task").doesNotContain("tbt_item");
        assertThat(migrator.appliedCount("plugins/boundary-drop-task/changelog.xml")).isZero();
    }

    @Test
    void formattedSqlThatAltersAKernelTableIsRefusedAndNothingRuns() {
        assertThatThrownBy(() -> migrator.updateWithinPrefix("boundary/alter-customer.xml", resources, "tbt_"))
                .isInstanceOf(SchemaMigrator.SchemaMigrationException.class)
                .hasMessageContaining("Changeset 002-alter-customer (boundary)")
                .hasMessageContaining("the table customer without the prefix tbt_");
        assertThat(migrator.tables()).doesNotContain("tbt_item");
        assertThat(migrator.appliedCount("plugins/boundary-alter-customer/changelog.xml")).isZero();
    }

    @Test
    void aForeignKeyToAKernelTableIsRefused() {
        assertThatThrownBy(() -> migrator.updateWithinPrefix("boundary/fk-customer.xml", resources, "tbt_"))
                .isInstanceOf(SchemaMigrator.SchemaMigrationException.class)
                .hasMessageContaining("Changeset 001-link (boundary)")
                .hasMessageContaining("the table customer without the prefix tbt_");
        assertThat(migrator.tables()).doesNotContain("tbt_link");
    }

    @Test
    void sqlWhoseTablesCannotBeToldIsRefused() {
        assertThatThrownBy(() -> migrator.updateWithinPrefix("boundary/unreadable.xml", resources, "tbt_"))
                .isInstanceOf(SchemaMigrator.SchemaMigrationException.class)
                .hasMessageContaining("Changeset 001-grant (boundary) holds SQL whose tables cannot be told");
        assertThat(migrator.appliedCount("plugins/boundary-unreadable/changelog.xml")).isZero();
    }

    @Test
    void aChangelogThatKeepsToItsPrefixIsApplied() {
        migrator.updateWithinPrefix("boundary/own.xml", resources, "tbo_");
        try {
            assertThat(migrator.tables()).contains("tbo_parent", "tbo_child");
            assertThat(migrator.appliedCount("plugins/boundary-own/changelog.xml")).isEqualTo(3);
        } finally {
            migrator.rollback("boundary/own.xml", resources, 3);
        }
        assertThat(migrator.tables()).doesNotContain("tbo_parent", "tbo_child");
    }
}
