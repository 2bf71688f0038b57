package dev.rapport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kernel table has a primary key: Galera replicates a row change by its key, and a table without one is
 * replicated by scanning (or, with {@code innodb_force_primary_key}, refused). The distribution's TwoNodesTest checks
 * the shipped plugins' tables the same way.
 */
class PrimaryKeysTest {

    static final String WITHOUT_PRIMARY_KEY = "SELECT t.table_name FROM information_schema.tables t"
            + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1"
            + " FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
            + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')";

    @Test
    void everyKernelTableHasAPrimaryKey() {
        List<String> tables = TestDatabase.get().dsl().fetch("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'").getValues(0, String.class);

        assertThat(tables).contains("customer", "interaction", "domain_event", "lease", "cache_signal");
        assertThat(TestDatabase.get().dsl().fetch(WITHOUT_PRIMARY_KEY).getValues(0, String.class)).isEmpty();
    }
}
