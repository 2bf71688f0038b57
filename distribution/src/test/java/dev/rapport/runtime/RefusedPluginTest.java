package dev.rapport.runtime;

import dev.rapport.platform.user.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.PluginHost;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plugins the platform refuses before they run: one that needs another SDK, one whose schema breaks the
 * table prefix rule. Neither is started, each says why, and the database is left as it was.
 */
class RefusedPluginTest {

    private static final String INCOMPATIBLE = "fixture-incompatible";
    private static final String BAD_SCHEMA = "fixture-bad-schema";

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("RefusedPluginTest",
                List.of(PluginZips.ACCOUNT_NOTES, PluginZips.INCOMPATIBLE, PluginZips.BAD_SCHEMA));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aPluginForAnotherSdkIsIncompatibleAndNeverStarted() {
        PluginHost.PluginStatus status = Plugins.status(platform, INCOMPATIBLE);

        assertThat(status.state()).isEqualTo(PluginHost.State.INCOMPATIBLE);
        assertThat(status.requires()).isEqualTo(">=9.0.0");
        assertThat(status.error()).contains(">=9.0.0").contains("provides SDK " + dev.rapport.sdk.SdkVersion.CURRENT);
        // The fixture's start() would throw, which would be recorded as a failure.
        assertThat(platform.service(PluginHealth.class).of(INCOMPATIBLE)).isEmpty();
    }

    @Test
    void anIncompatiblePluginCannotBeEnabledIntoRunning() {
        PluginHost.PluginStatus status = platform.service(PluginHost.class).enable(INCOMPATIBLE, Actor.SYSTEM);

        assertThat(status.state()).isEqualTo(PluginHost.State.INCOMPATIBLE);
        assertThat(platform.service(PluginHealth.class).of(INCOMPATIBLE)).isEmpty();
    }

    @Test
    void aSchemaWithATableOutsideThePrefixIsRolledBackAndThePluginStaysDisabled() {
        PluginHost.PluginStatus status = Plugins.status(platform, BAD_SCHEMA);

        assertThat(status.state()).isEqualTo(PluginHost.State.DISABLED);
        assertThat(status.enabled()).isFalse();
        assertThat(status.error()).startsWith("Schema:").contains("without the prefix fbs_").contains("bad_schema_leak");
        assertThat(Kernel.tables(platform)).doesNotContain("bad_schema_leak", "fbs_item");
        assertThat(new SchemaMigrator(platform.service(Database.class).dataSource())
                .appliedCount("plugins/fixture-bad-schema/changelog.xml")).as("changesets left applied").isZero();
    }

    @Test
    void theKernelAndTheCompatiblePluginRunBesideRefusedOnes() {
        assertThat(Plugins.status(platform, "account-notes").state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(Kernel.tables(platform)).contains("customer", "ant_note");
        long created = Kernel.newCustomer(platform, null).id();
        assertThat(platform.service(CustomerService.class).find(created)).isPresent();
    }
}
