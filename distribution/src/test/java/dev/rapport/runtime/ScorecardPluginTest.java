package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.plugin.PluginHost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped balanced scorecard plugin in a real platform: it starts with its schema (PDFBox from its own lib/),
 * its pages and its snapshot and recompute jobs.
 */
class ScorecardPluginTest {

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
}
