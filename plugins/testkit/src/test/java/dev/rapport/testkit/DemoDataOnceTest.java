package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sdk.DemoDataOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's demo-data-once guard against the real kernel: made once, even by racing starts, and never retried. */
class DemoDataOnceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void asOnAFirstStart() {
        kernel.clearSettings();
    }

    @Test
    void makesTheDataOnceAndRecordsWhenAndHowLong() {
        AtomicInteger runs = new AtomicInteger();

        DemoDataOutcome first = kernel.context().makeDemoDataOnce(runs::incrementAndGet);
        DemoDataOutcome second = kernel.context().makeDemoDataOnce(runs::incrementAndGet);

        assertThat(first).isEqualTo(DemoDataOutcome.MADE);
        assertThat(second).isEqualTo(DemoDataOutcome.CLAIMED_BEFORE);
        assertThat(runs).hasValue(1);
        assertThat(kernel.context().settings().get("demo.generated")).hasValueSatisfying(value ->
                assertThat(value).startsWith("made at ").endsWith(" ms"));
    }

    @Test
    void startsRacingEachOtherMakeItOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(4);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<DemoDataOutcome>> outcomes = IntStream.range(0, 4)
                    .mapToObj(node -> nodes.submit(() -> {
                        ready.countDown();
                        ready.await();
                        return kernel.context().makeDemoDataOnce(runs::incrementAndGet);
                    })).toList();
            List<DemoDataOutcome> done = new ArrayList<>();
            for (Future<DemoDataOutcome> outcome : outcomes) {
                done.add(outcome.get());
            }

            assertThat(runs).hasValue(1);
            assertThat(done).containsOnlyOnce(DemoDataOutcome.MADE).contains(DemoDataOutcome.CLAIMED_BEFORE);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aMakerThatFailsHalfwayIsRecordedAndNotTriedAgain() {
        AtomicInteger runs = new AtomicInteger();

        DemoDataOutcome failed = kernel.context().makeDemoDataOnce(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("no sales department");
        });
        DemoDataOutcome next = kernel.context().makeDemoDataOnce(runs::incrementAndGet);

        assertThat(failed).isEqualTo(DemoDataOutcome.FAILED);
        assertThat(next).isEqualTo(DemoDataOutcome.CLAIMED_BEFORE);
        assertThat(runs).hasValue(1);
        assertThat(kernel.context().settings().get("demo.generated")).hasValueSatisfying(value ->
                assertThat(value).startsWith("failed at ").contains("no sales department"));
    }

    @Test
    void anInstallationMarkedByAnOlderPluginCountsAsMade() {
        kernel.context().settings().put("demo.generated", "true");
        AtomicInteger runs = new AtomicInteger();

        assertThat(kernel.context().makeDemoDataOnce(runs::incrementAndGet)).isEqualTo(DemoDataOutcome.CLAIMED_BEFORE);
        assertThat(runs).hasValue(0);
    }
}
