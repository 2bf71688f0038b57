package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.plugin.PluginHost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped retention plugin in a real platform: it starts with its schema (and its libraries, Tribuo and Commons
 * Math, from its zip's lib/), its three pages and menu entries, and its scorecard metrics.
 */
class RetentionPluginTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("RetentionPluginTest", List.of(PluginZips.RETENTION), Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void startsWithItsSchemaPagesAndMetrics() {
        PluginHost.PluginStatus status = Plugins.status(platform, "retention");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.error()).isNull();
        assertThat(Kernel.tables(platform)).contains("ret_score", "ret_model", "ret_migration", "ret_playbook",
                "ret_request", "ret_cost", "ret_decision");
        assertThat(Plugins.menuPaths(platform, "retention")).containsExactly("retention", "retention/churn",
                "retention/let-go");
        assertThat(Plugins.routeRegistered(platform, "retention/churn")).isTrue();
        assertThat(Plugins.metricIds(platform, "retention")).containsExactlyInAnyOrder("retention/high-risk-customers",
                "retention/playbooks-started");
    }
}
