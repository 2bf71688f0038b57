package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.PluginHost;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped balanced scorecard plugin in a real platform: it starts with its schema (PDFBox from its own lib/),
 * its pages and its snapshot and recompute jobs; its changeset 004 carries the cause-effect links of objectives
 * over to their own table and back.
 */
class ScorecardPluginTest {

    private static final String CHANGELOG = "plugins/scorecard/changelog.xml";
    private static final Table<?> SCORECARD = DSL.table(DSL.name("sc_scorecard"));
    private static final Table<?> OBJECTIVE = DSL.table(DSL.name("sc_objective"));
    private static final Table<?> LINK = DSL.table(DSL.name("sc_objective_link"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<Long> SCORECARD_ID = DSL.field(DSL.name("scorecard_id"), Long.class);
    private static final Field<Long> OBJECTIVE_ID = DSL.field(DSL.name("objective_id"), Long.class);
    private static final Field<Long> LEADS_TO_ID = DSL.field(DSL.name("leads_to_id"), Long.class);
    private static final Field<Integer> POSITION = DSL.field(DSL.name("position"), Integer.class);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("ScorecardPluginTest", List.of(PluginZips.SCORECARD), Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void startsWithItsSchemaAndScreens() {
        PluginHost.PluginStatus status = Plugins.status(platform, "scorecard");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.error()).isNull();
        assertThat(Kernel.tables(platform)).contains("sc_scorecard", "sc_objective", "sc_kpi", "sc_snapshot",
                "sc_recompute", "sc_audit");
        assertThat(Plugins.menuPaths(platform, "scorecard")).containsExactly("scorecard");
        assertThat(Plugins.routeRegistered(platform, "scorecard")).isTrue();
        assertThat(Plugins.routeRegistered(platform, "scorecard/catalogue")).isTrue();
    }

    @Test
    void changeset004CarriesTheOldSingleLinksOverAndRollingBackKeepsEachObjectivesFirstLink() throws Exception {
        SchemaMigrator schema = new SchemaMigrator(platform.service(Database.class).dataSource());
        DSLContext dsl = platform.service(Database.class).dsl();
        try (URLClassLoader changelog = new URLClassLoader(
                new URL[] {Path.of("..", "plugins", "scorecard", "target", "classes").toUri().toURL()}, null)) {
            long scorecard = dsl.insertInto(SCORECARD).set(DSL.field(DSL.name("department_id"), Long.class), 987_654L)
                    .set(DSL.field(DSL.name("name"), String.class), "Links")
                    .set(DSL.field(DSL.name("updated_at"), LocalDateTime.class), LocalDateTime.now())
                    .returningResult(ID).fetchOne(ID);
            List<Long> objectives = new ArrayList<>();
            for (int position = 0; position < 4; position++) {
                objectives.add(dsl.insertInto(OBJECTIVE).set(SCORECARD_ID, scorecard)
                        .set(DSL.field(DSL.name("perspective"), String.class), "FINANCIAL")
                        .set(DSL.field(DSL.name("name"), String.class), "Objective " + position)
                        .set(DSL.field(DSL.name("weight"), Integer.class), 1).set(POSITION, position)
                        .returningResult(ID).fetchOne(ID));
            }
            // 1 leads to 0; 2 and 3 each lead to 0 and 1: two links the old column cannot hold.
            dsl.insertInto(LINK, OBJECTIVE_ID, LEADS_TO_ID).values(objectives.get(1), objectives.get(0))
                    .values(objectives.get(2), objectives.get(0)).values(objectives.get(2), objectives.get(1))
                    .values(objectives.get(3), objectives.get(1)).values(objectives.get(3), objectives.get(0)).execute();

            schema.rollback(CHANGELOG, changelog, 1);
            assertThat(Kernel.tables(platform)).doesNotContain("sc_objective_link");
            assertThat(dsl.select(LEADS_TO_ID).from(OBJECTIVE).where(SCORECARD_ID.eq(scorecard)).orderBy(POSITION)
                    .fetch(LEADS_TO_ID)).as("each objective's first link in the old column")
                    .containsExactly(null, objectives.get(0), objectives.get(0), objectives.get(0));

            dsl.update(OBJECTIVE).set(LEADS_TO_ID, objectives.get(2)).where(ID.eq(objectives.get(3))).execute();
            schema.update(CHANGELOG, changelog);
            assertThat(dsl.select(OBJECTIVE_ID, LEADS_TO_ID).from(LINK).where(OBJECTIVE_ID.in(objectives))
                    .orderBy(OBJECTIVE_ID).fetch().map(link -> List.of(objectives.indexOf(link.value1()),
                            objectives.indexOf(link.value2())))).as("the old column's links, carried over")
                    .containsExactly(List.of(1, 0), List.of(2, 0), List.of(3, 2));
            assertThat(dsl.meta().getTables("sc_objective").getFirst().fields()).extracting(Field::getName)
                    .doesNotContain("leads_to_id");
            dsl.deleteFrom(SCORECARD).where(ID.eq(scorecard)).execute();
        }
    }
}
