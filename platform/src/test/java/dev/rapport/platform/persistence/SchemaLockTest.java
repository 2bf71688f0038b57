package dev.rapport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestDatabase;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A run killed while it migrated leaves Liquibase's lock held; on the embedded database, which only this process can
 * use, the next start releases it instead of waiting five minutes and failing.
 */
class SchemaLockTest {

    private final Database database = TestDatabase.get();
    private final DSLContext dsl = database.dsl();

    @Test
    void aLockLeftByAKilledRunIsReleasedAndTheSchemaMigratesAgain() {
        dsl.update(DSL.table(DSL.name("DATABASECHANGELOGLOCK")))
                .set(DSL.field(DSL.name("LOCKED"), Boolean.class), true)
                .set(DSL.field(DSL.name("LOCKGRANTED"), LocalDateTime.class), LocalDateTime.now())
                .set(DSL.field(DSL.name("LOCKEDBY"), String.class), "a run that was killed")
                .where(DSL.field(DSL.name("ID"), Integer.class).eq(1)).execute();
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());

        migrator.releaseLockOfAKilledRun();

        assertThat(dsl.select(DSL.field(DSL.name("LOCKED"), Boolean.class))
                .from(DSL.table(DSL.name("DATABASECHANGELOGLOCK"))).fetchSingle().value1()).isFalse();
        long started = System.nanoTime();
        migrator.migrateKernel();
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to migrate").isLessThan(30);
    }
}
