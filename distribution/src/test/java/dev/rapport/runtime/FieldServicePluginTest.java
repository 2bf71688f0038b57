package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.job.JobAdministration;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped field service zip in a real platform with the demo: its schema, screens and metrics, its demo
 * technicians and work orders, and Timefold Solver planning the day inside the plugin's class loader (PF4J loads the
 * plugin's own libraries first; the solver builds its domain model by reflection there).
 */
class FieldServicePluginTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("FieldServicePluginTest", List.of(PluginZips.FIELD_SERVICE),
                Map.of("demo.enabled", "true"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void startsWithItsSchemaScreensDemoDataAndPlansTheDayWithTheSolver() {
        PluginHost.PluginStatus status = Plugins.status(platform, "field-service");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.error()).isNull();
        assertThat(Kernel.tables(platform)).contains("fsd_technician", "fsd_absence", "fsd_part", "fsd_location",
                "fsd_stock", "fsd_stock_move", "fsd_work_order", "fsd_work_order_part", "fsd_work_order_event",
                "fsd_maintenance_plan");
        assertThat(Plugins.menuPaths(platform, "field-service")).containsExactly("field-service/board",
                "field-service/my-day", "field-service/orders", "field-service/stock", "field-service/technicians",
                "field-service/maintenance");
        assertThat(Plugins.metricIds(platform, "field-service")).contains("field-service/first-time-fix",
                "field-service/on-time-arrival", "field-service/utilisation",
                "field-service/jobs-per-technician-day", "field-service/stock-outs");
        DSLContext dsl = platform.service(Database.class).dsl();
        assertThat(dsl.fetchCount(DSL.table(DSL.name("fsd_technician")))).as("the demo's field agents").isEqualTo(2);
        assertThat(dsl.fetchCount(DSL.table(DSL.name("fsd_work_order")),
                DSL.field(DSL.name("status")).eq("UNSCHEDULED"))).as("today's open demo orders").isGreaterThan(0);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        for (Map.Entry<String, String> setting : Map.of("planning.requestedDay", today.toString(),
                "planning.timeLimitSeconds", "5").entrySet()) {
            dsl.insertInto(DSL.table(DSL.name("plugin_setting")), DSL.field(DSL.name("plugin_id")),
                    DSL.field(DSL.name("setting_key")), DSL.field(DSL.name("setting_value")))
                    .values("field-service", setting.getKey(), setting.getValue()).execute();
        }
        long runId = platform.service(JobAdministration.class).runNow(Kernel.newAdministrator(platform),
                "field-service", "plan-day");
        Optional<JobRunInfo> run = Eventually.await("the planning run", Duration.ofSeconds(60),
                () -> platform.service(JobScheduler.class).run("field-service", runId),
                found -> found.filter(info -> info.state().isFinished()).isPresent());
        assertThat(run.orElseThrow().state()).as(String.valueOf(run.orElseThrow().error())).isEqualTo(JobState.SUCCEEDED);
        assertThat(dsl.fetchCount(DSL.table(DSL.name("fsd_work_order")),
                DSL.field(DSL.name("status")).eq("SCHEDULED"))).as("the solver placed jobs").isGreaterThan(0);
    }
}
