package dev.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsToOneMillionCustomers() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.sizes()).containsExactly(1_000_000);
        assertThat(options.results()).isEqualTo(Path.of("bench", "RESULTS.md"));
        assertThat(options.plot().getFileName()).hasToString("RESULTS-latency.svg");
    }

    @Test
    void measuresSeveralSizesSmallestFirst() {
        assertThat(BenchOptions.parse("--customers", "1_000_000,10000,100000").sizes())
                .containsExactly(10_000, 100_000, 1_000_000);
    }

    @Test
    void refusesUnknownOptionsAndNonsense() {
        assertThatThrownBy(() -> BenchOptions.parse("--customer", "10")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> BenchOptions.parse("--iterations", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.parse("--seed")).hasMessageContaining("needs a value");
    }
}
