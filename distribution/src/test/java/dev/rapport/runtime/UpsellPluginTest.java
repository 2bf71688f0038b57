package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped cross-sell and up-sell plugin in a real platform: it starts with its schema and contributions, and its
 * first start leaves a standard pipeline with its stages, so opportunities can be entered at once.
 */
class UpsellPluginTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("UpsellPluginTest", List.of(PluginZips.UPSELL), Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void startsWithItsSchemaScreensTabAndStandardPipeline() {
        PluginHost.PluginStatus status = Plugins.status(platform, "upsell");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.error()).isNull();
        assertThat(Kernel.tables(platform)).contains("ups_pipeline", "ups_stage", "ups_opportunity",
                "ups_opportunity_history", "ups_rule", "ups_firing", "ups_seen_transaction", "ups_assoc_rule",
                "ups_declined_offer");
        assertThat(Plugins.menuPaths(platform, "upsell")).containsExactly("upsell/board", "upsell/opportunities",
                "upsell/forecast", "upsell/rules");
        assertThat(Plugins.routeRegistered(platform, "upsell/board")).isTrue();
        assertThat(Plugins.tabLabelKeys(platform, "upsell")).containsExactly("upsell.tab");
        DSLContext dsl = platform.service(Database.class).dsl();
        assertThat(dsl.fetchCount(DSL.table(DSL.name("ups_pipeline")))).as("the standard pipeline").isEqualTo(1);
        assertThat(dsl.fetchCount(DSL.table(DSL.name("ups_stage")))).as("its stages").isEqualTo(4);
    }
}
