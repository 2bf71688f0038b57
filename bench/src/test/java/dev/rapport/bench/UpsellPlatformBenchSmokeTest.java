package dev.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The up-sell platform bench end to end on a tiny database: the plugin starts in the bench's JVM, the offers are
 * mined and read, the board is filled and built, and the rules fire while the writers write. It proves the harness
 * works (service and raw JDBC read the same rows, the rules' actions run, the lag is measured from the positions); it
 * times nothing.
 */
class UpsellPlatformBenchSmokeTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void minesBuildsTheBoardAndMeasuresTheRuleLag() throws Exception {
        BenchOptions options = BenchOptions.parse("--customers", "200", "--data-dir",
                TARGET.resolve("upsell-smoke-data").toString(), "--buffer-pool-mb", "64");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

        UpsellPlatformBench.Results results = UpsellPlatformBench.run(options,
                new UpsellPlatformBench.Sizes(200, 20, 300, 3, 2, 250), out);

        assertThat(results.offers().service().calls()).isEqualTo(20);
        assertThat(results.board()).extracting(LatencyResult::operation).containsExactly(
                "Board: first screen built (BoardView)", "Board: column queries and totals only");
        assertThat(results.ruleLag()).hasSize(2);
        RuleLagRun.Phase withoutRules = results.ruleLag().getFirst();
        RuleLagRun.Phase withRules = results.ruleLag().getLast();
        assertThat(withoutRules.firings()).as("no active rule fires nothing").isZero();
        assertThat(withRules.firings()).as("the active rules fired").isPositive();
        assertThat(withRules.events()).isPositive();
        assertThat(withRules.engine().calls()).as("a lag per committed batch of 25 events")
                .isEqualTo((int) (withRules.events() / 25));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("mining run:", "rule lag, 50 active rules",
                "target: engine lag p95");
    }
}
