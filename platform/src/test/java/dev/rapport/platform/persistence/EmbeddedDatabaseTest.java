package dev.rapport.platform.persistence;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void migratesTheKernelSchemaAndStoresInstantsInUtc() {
        DSLContext dsl = TestDatabase.get().dsl();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String username = "utc-" + System.nanoTime();
        dsl.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, "UTC check")
                .set(APP_USER.CREATED_AT, now).execute();

        assertThat(dsl.select(APP_USER.CREATED_AT).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne().value1())
                .isEqualTo(now);
    }

    @Test
    void grantTablesAreOnSoRootCannotSignInWithoutAPassword() {
        EmbeddedDatabase server = TestDatabase.server();
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + server.port() + "/?sslMode=disable", "root", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aSecondServerOnTheDirectoryOfARunningOneIsRefusedAtOnceAndTheRunningOneKeepsWorking() {
        TestDatabase.server();
        Path directory = Path.of("target", "test-mariadb");

        assertThatThrownBy(() -> EmbeddedDatabase.start(directory, 0, 64))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is in use by another running Rapport");
        assertThat(TestDatabase.get().dsl().selectOne().fetchSingle().value1()).isOne();
    }

    @Test
    void runsWithARedoLogOfHalfTheBufferPoolSoBulkLoadsAreNotThrottledByCheckpoints() {
        assertThat(EmbeddedDatabase.redoLogMegabytes(2048)).isEqualTo(1024);
        assertThat(EmbeddedDatabase.redoLogMegabytes(128)).isEqualTo(96);
        Long redoLogBytes = TestDatabase.get().dsl().select(DSL.field("@@innodb_log_file_size", Long.class))
                .fetchSingle().value1();
        assertThat(redoLogBytes).isEqualTo(EmbeddedDatabase.redoLogMegabytes(128) * 1024L * 1024L);
    }
}
