package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin boundary holds at run time, not only in the build's architecture test: the fixture
 * {@code fixture-trespasser} tries each forbidden thing as it starts and records what happened (class loading,
 * SQL on kernel tables, writes on a thread of its own), and {@code fixture-schema-trespasser}'s changelog alters
 * and drops kernel tables. Writes the SDK makes for a plugin keep working, as the plugin's identity.
 */
class PluginBoundaryTest {

    private static final String TRESPASSER = "fixture-trespasser";
    private static final String SCHEMA_TRESPASSER = "fixture-schema-trespasser";
    private static final Field<String> PROBE = DSL.field(DSL.name("probe"), String.class);
    private static final Field<String> OUTCOME = DSL.field(DSL.name("outcome"), String.class);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("PluginBoundaryTest", List.of(PluginZips.TRESPASSER, PluginZips.SCHEMA_TRESPASSER));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** What the trespasser recorded for each probe. */
    private static Map<String, String> outcomes() {
        return platform.service(Database.class).dsl().select(PROBE, OUTCOME).from(DSL.table(DSL.name("tre_outcome")))
                .fetchMap(PROBE, OUTCOME);
    }

    private static List<String> customerAudit(long customerId) {
        return platform.service(AuditLog.class).search(new AuditFilter(null, null, null, null, "customer",
                String.valueOf(customerId)), null, 20, Actor.SYSTEM).stream()
                .map(entry -> entry.action() + " by " + entry.actorName()).toList();
    }

    @Test
    void theTrespasserRunsAndItsOwnTableIsItsToUse() {
        assertThat(Plugins.status(platform, TRESPASSER).state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(outcomes()).containsEntry("own-table", "allowed");
    }

    @Test
    void aPluginsClassLoaderRefusesPlatformClassesNamingThePlugin() {
        assertThat(outcomes().get("platform-class")).startsWith("refused: ClassNotFoundException")
                .contains("Plugin " + TRESPASSER).contains("dev.rapport.platform.user.Actor");
    }

    @Test
    void aPluginsSqlOnKernelTablesIsRefusedNamingThePluginAndTheTable() {
        Map<String, String> outcomes = outcomes();

        assertThat(outcomes.get("kernel-table")).startsWith("refused: AccessDeniedException")
                .contains("Plugin " + TRESPASSER).contains("the table customer");
        assertThat(outcomes.get("kernel-table-joined")).startsWith("refused: AccessDeniedException")
                .contains("the table app_user");
        assertThat(outcomes.get("kernel-write")).startsWith("refused: AccessDeniedException").contains("the table task");
        assertThat(platform.service(Database.class).dsl().fetchCount(DSL.table(DSL.name("task")))).isNotNegative();
    }

    @Test
    void plainSqlIsReadWithJooqsParserAndRefusedOnKernelTables() {
        Map<String, String> outcomes = outcomes();

        assertThat(outcomes.get("plain-sql")).startsWith("refused: AccessDeniedException").contains("the table app_user");
        assertThat(outcomes.get("plain-sql-table")).startsWith("refused: AccessDeniedException")
                .contains("the table audit_entry");
    }

    @Test
    void sdkWritesJoiningThePluginsTransactionWorkAndActAsThePlugin() {
        assertThat(outcomes()).containsEntry("sdk-write-in-transaction", "allowed")
                .containsEntry("written-in-transaction", "allowed");
        CustomerSummary created = platform.service(CustomerService.class).search("Trespasser Start", 5).getFirst();

        assertThat(customerAudit(created.id())).containsExactly(AuditAction.CUSTOMER_CREATED + " by plugin:" + TRESPASSER);
    }

    @Test
    void aWriteOnAThreadThePluginStartedItselfActsAsNobodyAndIsRefused() {
        assertThat(outcomes().get("write-on-own-thread")).startsWith("refused: AccessDeniedException")
                .contains("Plugin " + TRESPASSER).contains("nobody acts");
    }

    @Test
    void aListenerWritesAsThePluginsSystemIdentityAndTheAuditLogSaysSo() {
        CustomerDraft visitor = new CustomerDraft(CustomerKind.PERSON, "Visitor", Kernel.unique("Boundary"), null,
                LifecycleStage.PROSPECT, null, "en", "USD", "UTC", false, List.of(), List.of(), List.of(), Set.of(), null);
        long id = platform.service(CustomerService.class).create(visitor, Actor.SYSTEM).id();

        // The listener notes its outcome after its write: wait for the note, not only for the write.
        Eventually.await("the listener's outcome", Duration.ofSeconds(20), PluginBoundaryTest::outcomes,
                outcomes -> outcomes.containsKey("write-in-listener"));
        assertThat(platform.service(CustomerService.class).find(id).orElseThrow().details().tags()).contains("trespassed");
        assertThat(outcomes()).containsEntry("write-in-listener", "allowed");
        assertThat(customerAudit(id)).contains(AuditAction.CUSTOMER_UPDATED + " by plugin:" + TRESPASSER);
    }

    @Test
    void aChangelogThatAltersOrDropsKernelTablesIsRefusedBeforeAnyOfItRuns() {
        PluginHost.PluginStatus status = Plugins.status(platform, SCHEMA_TRESPASSER);

        assertThat(status.state()).isEqualTo(PluginHost.State.DISABLED);
        assertThat(status.error()).startsWith("Schema:").contains("002-alter-customer").contains("the table customer")
                .contains("without the prefix fst_");
        assertThat(Kernel.tables(platform)).contains("task").doesNotContain("fst_item");
        assertThat(platform.service(Database.class).dsl().meta().getTables("customer").getFirst().fields())
                .extracting(Field::getName).doesNotContain("fst_flag");
        assertThat(new SchemaMigrator(platform.service(Database.class).dataSource())
                .appliedCount("plugins/" + SCHEMA_TRESPASSER + "/changelog.xml")).as("changesets applied").isZero();
    }
}
