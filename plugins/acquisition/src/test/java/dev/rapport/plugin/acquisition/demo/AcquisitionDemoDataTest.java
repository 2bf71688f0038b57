package dev.rapport.plugin.acquisition.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.AcquisitionPlugin;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.testing.PluginDatabase;
import dev.rapport.plugin.acquisition.testing.TestContext;
import dev.rapport.sdk.customer.CustomerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A first start cut short in any step of the demo data is completed by the next start, and the plugin's data then
 * equals that of one start that was never cut: nothing missing, nothing twice.
 */
class AcquisitionDemoDataTest {

    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    /** Thrown where a start is cut short; like a kill, it ends the transaction without a commit. */
    private static final class Cut extends RuntimeException {
    }

    private static Map<String, List<String>> uninterrupted;

    @BeforeAll
    static void seedOnceWithoutACut() {
        DSLContext whole = PluginDatabase.fresh("demo_whole");
        seed(context(whole), step -> { });
        uninterrupted = tables(whole);
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {DemoSteps.RULES, DemoSteps.FUNNEL, DemoSteps.CONSENT})
    void aStartCutShortInAStepIsCompletedByTheNextStartWithoutDuplicates(String cutStep) {
        DSLContext cut = PluginDatabase.fresh("demo_cut_" + cutStep.replace('-', '_'));
        TestContext kernel = context(cut);
        Set<Long>[] committed = new Set[] {kernel.customers.ids()};
        seed(kernel, step -> {
            if (step.equals(cutStep)) {
                // The kernel rolls back the customers the plugin made through it in the cut transaction.
                kernel.customers.rollBackTo(committed[0]);
                throw new Cut();
            }
            committed[0] = kernel.customers.ids();
        });
        seed(kernel, step -> { });

        assertThat(tables(cut)).isEqualTo(uninterrupted);
        assertThat(uninterrupted.get("acq_lead")).hasSize(30);
    }

    /** A demo installation's kernel with sixty customers who agree to marketing. */
    private static TestContext context(DSLContext dsl) {
        TestContext context = new TestContext(dsl);
        context.setClock(NOW);
        context.kernel.settingValues.put("scoring.defaults.installed", "true");
        for (int i = 0; i < 60; i++) {
            context.customers.add(CustomerKind.PERSON, "Customer " + i, "customer" + i + "@example.com", null, true, null);
        }
        return context;
    }

    /** One start of the plugin. */
    private static void seed(TestContext context, Consumer<String> beforeRecording) {
        new AcquisitionPlugin(context).start();
        new AcquisitionDemoData(context, context.provided(LeadCapture.class), context.provided(LeadConversion.class),
                context.provided(CampaignService.class), context.provided(ResponseService.class), beforeRecording)
                .generateOnFirstStart();
    }

    /**
     * Every table of the plugin as sorted rows without generated ids, references to them and random tokens (the
     * database hands out new ids after a rollback; the rows and their order of values must be the same).
     */
    private static Map<String, List<String>> tables(DSLContext dsl) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table<?> table : dev.rapport.plugin.acquisition.db.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<Field<?>> compared = new ArrayList<>();
            for (Field<?> field : table.fields()) {
                String name = field.getName();
                if (!name.equals("id") && !name.endsWith("_id") && !name.equals("token")) {
                    compared.add(field);
                }
            }
            List<String> rows = compared.isEmpty()
                    ? List.of("rows: " + dsl.fetchCount(table))
                    : dsl.select(compared).from(table).fetch().stream().map(row -> Arrays.toString(row.intoArray()))
                    .sorted().toList();
            tables.put(table.getName(), rows);
        }
        return tables;
    }
}
