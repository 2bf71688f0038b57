package dev.rapport.plugin.acquisition.demo;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.db.DefaultSchema;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.support.AcquisitionSettings;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A first start cut short in any step of the demo data is completed by the next start, and the plugin's data then
 * equals that of one start that was never cut: nothing missing, nothing twice. Runs on the real kernel, whose
 * writes made through the SDK inside a step's transaction are rolled back with it, as a kill would end them.
 */
class AcquisitionDemoDataTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    /** Thrown where a start is cut short; like a kill, it ends the transaction without a commit. */
    private static final class Cut extends RuntimeException {
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoSteps.RULES, DemoSteps.FUNNEL, DemoSteps.CONSENT})
    void aStartCutShortInAStepIsCompletedByTheNextStartWithoutDuplicates(String cutStep) {
        startFromNothing();
        seed(step -> { });
        Map<String, List<String>> uninterrupted = tables(kernel.dsl());
        assertThat(uninterrupted.get("acq_lead")).hasSize(30);

        startFromNothing();
        seed(step -> {
            if (step.equals(cutStep)) {
                throw new Cut();
            }
        });
        assertThat(tables(kernel.dsl())).isNotEqualTo(uninterrupted);
        seed(step -> { });

        assertThat(tables(kernel.dsl())).isEqualTo(uninterrupted);
    }

    @Test
    void theDemoLeadsAreQualifiedOnlyAtTheThresholdAndFirstContactedAfterCaptureAndBeforeNow() {
        startFromNothing();
        seed(step -> { });
        int threshold = AcquisitionSettings.DEFAULT_THRESHOLD;
        Instant now = kernel.context().clock().instant();

        var leads = kernel.dsl().select(ACQ_LEAD.STATUS, ACQ_LEAD.SCORE, ACQ_LEAD.CAPTURED_AT, ACQ_LEAD.FIRST_CONTACT_AT)
                .from(ACQ_LEAD).fetch();

        assertThat(leads).hasSize(30).allSatisfy(lead -> {
            if (LeadStatus.QUALIFIED.name().equals(lead.value1())) {
                assertThat(lead.value2()).as("score of a qualified lead").isGreaterThanOrEqualTo(threshold);
            }
            if (lead.value4() != null) {
                assertThat(lead.value4()).as("first contact").isAfterOrEqualTo(lead.value3()).isBeforeOrEqualTo(now);
            }
        });
        assertThat(leads.stream().filter(lead -> lead.value4() != null)).as("leads contacted").hasSizeGreaterThan(10);
    }

    /**
     * An installation where the plugin has made nothing yet, with sixty new customers who agree to marketing (the
     * demo's campaigns target customers with consent; earlier runs withdrew some).
     */
    private static void startFromNothing() {
        emptyThePluginsTables();
        AcquisitionTestData.reset(kernel);
        withdrawEveryConsent();
        for (int i = 0; i < 60; i++) {
            AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Customer " + kernel.unique("Demo"),
                    kernel.unique("demo") + "@example.com", null, true, null);
        }
    }

    /** Customers of other tests and those the demo converted from leads in an earlier run are no campaign targets. */
    private static void withdrawEveryConsent() {
        CustomerQuery customers = new CustomerQuery(null, Set.of(LifecycleStage.CUSTOMER), null, null);
        kernel.runAsPlugin(() -> {
            List<CustomerInfo> page = kernel.context().customers().list(customers, null, 200);
            while (!page.isEmpty()) {
                page.stream().filter(CustomerInfo::marketingConsent).forEach(customer ->
                        kernel.context().customerEditor().setMarketingConsent(customer.id(), false));
                page = kernel.context().customers().list(customers, page.get(page.size() - 1), 200);
            }
        });
    }

    /** Deletes every row of the plugin's tables, children before the rows they refer to. */
    private static void emptyThePluginsTables() {
        List<Table<?>> left = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        for (int round = 0; !left.isEmpty() && round < left.size() + 1; round++) {
            left.removeIf(table -> {
                try {
                    kernel.dsl().deleteFrom(table).execute();
                    return true;
                } catch (DataAccessException referenced) {
                    return false;
                }
            });
        }
        assertThat(left).as("tables that could not be emptied").isEmpty();
    }

    /** One start of the plugin's demo data, as the plugin's own identity (as the platform runs its start). */
    private static void seed(Consumer<String> beforeRecording) {
        kernel.runAsPlugin(() -> new AcquisitionDemoData(kernel.context(), kernel.service(LeadCapture.class),
                kernel.service(LeadConversion.class), kernel.service(CampaignService.class),
                kernel.service(ResponseService.class), beforeRecording).generateOnFirstStart());
    }

    /**
     * Every table of the plugin as sorted rows without generated ids, references to them, random tokens and times
     * (the database hands out new ids after a rollback and the clock moves on between the runs; the rows and their
     * values must be the same).
     */
    private static Map<String, List<String>> tables(DSLContext dsl) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<Field<?>> compared = new ArrayList<>();
            for (Field<?> field : table.fields()) {
                String name = field.getName();
                if (!name.equals("id") && !name.endsWith("_id") && !name.equals("token") && !isTime(field)) {
                    compared.add(field);
                }
            }
            Field<?> customer = table.field("customer_id");
            List<String> rows = compared.isEmpty()
                    ? List.of("rows: " + dsl.fetchCount(table))
                    : dsl.select(compared).select(customer == null ? DSL.inline((Long) null) : customer).from(table)
                    .fetch().stream().map(row -> Arrays.toString(comparable(row.intoArray()))).sorted().toList();
            tables.put(table.getName(), rows);
        }
        return tables;
    }

    /**
     * A row's values; where the row refers to a kernel customer (the last value), the name and email it copied are
     * that customer's, who is one of the sixty made for this run: the same row, another customer.
     */
    private static Object[] comparable(Object[] values) {
        boolean ofACustomer = values[values.length - 1] != null;
        Object[] compared = Arrays.copyOf(values, values.length - 1);
        for (int i = 0; ofACustomer && i < compared.length; i++) {
            if (compared[i] instanceof String text && (text.startsWith("Customer Demo") || text.startsWith("demo"))) {
                compared[i] = "(the customer's)";
            }
        }
        return compared;
    }

    private static boolean isTime(Field<?> field) {
        Class<?> type = field.getType();
        return type == Instant.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == LocalDate.class;
    }
}
