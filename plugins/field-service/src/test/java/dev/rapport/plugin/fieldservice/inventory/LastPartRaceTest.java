package dev.rapport.plugin.fieldservice.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stock never goes negative: two dispatchers reserve the last part at the same moment and exactly one gets it; a
 * transfer or consumption of more than is free is refused with nothing changed; falling to the reorder point makes one
 * task for the field department.
 */
class LastPartRaceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final InventoryService inventory = kernel.service(InventoryService.class);

    @Test
    void twoDispatchersReserveTheLastPartAndOneWins() throws Exception {
        long[] ids = kernel.callAsPlugin(() -> {
            long part = inventory.createPart(kernel.unique("SKU-"), "Last sensor", BigDecimal.TEN, "EUR");
            long location = inventory.createLocation(kernel.unique("Store "), Location.WAREHOUSE, null);
            inventory.receive(location, part, 1, null);
            return new long[] {part, location};
        });
        CountDownLatch bothInTransaction = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = List.of(threads.submit(() -> reserve(ids, bothInTransaction)),
                    threads.submit(() -> reserve(ids, bothInTransaction)));
            List<String> results = List.of(outcomes.get(0).get(30, TimeUnit.SECONDS),
                    outcomes.get(1).get(30, TimeUnit.SECONDS));
            assertThat(results).containsExactlyInAnyOrder("reserved", "out of stock");
        } finally {
            threads.shutdownNow();
        }
        StockLevel level = inventory.levels(ids[1]).getFirst();
        assertThat(level.onHand()).isEqualTo(1);
        assertThat(level.reserved()).isEqualTo(1);
        assertThat(level.free()).isZero();
    }

    private String reserve(long[] ids, CountDownLatch bothInTransaction) {
        return kernel.callAsPlugin(() -> {
            try {
                kernel.dsl().transaction(configuration -> {
                    bothInTransaction.countDown();
                    bothInTransaction.await(10, TimeUnit.SECONDS);
                    inventory.reserve(configuration.dsl(), ids[1], ids[0], 1, null);
                });
                return "reserved";
            } catch (OutOfStockException refused) {
                return "out of stock";
            }
        });
    }

    @Test
    void moreThanIsFreeIsRefusedAndTheReorderPointMakesOneTask() {
        kernel.runAsPlugin(() -> {
            long part = inventory.createPart(kernel.unique("SKU-"), "Valve", BigDecimal.ONE, "EUR");
            long store = inventory.createLocation(kernel.unique("Store "), Location.WAREHOUSE, null);
            long van = inventory.createLocation(kernel.unique("Van "), Location.WAREHOUSE, null);
            inventory.receive(store, part, 3, 2);
            int tasksBefore = kernel.recorded().tasks().size();
            assertThatThrownBy(() -> inventory.transfer(part, store, van, 4)).isInstanceOf(OutOfStockException.class);
            inventory.transfer(part, store, van, 1);
            inventory.transfer(part, store, van, 1);
            assertThat(inventory.levels(store).getFirst().onHand()).isEqualTo(1);
            assertThat(inventory.levels(van).getFirst().onHand()).isEqualTo(2);
            assertThat(kernel.recorded().tasks().size()).as("one reorder task for the low spell").isEqualTo(tasksBefore + 1);
            assertThatThrownBy(() -> kernel.dsl().transaction(configuration ->
                    inventory.consume(configuration.dsl(), van, part, 0, 3, null))).isInstanceOf(OutOfStockException.class);
            assertThat(inventory.levels(van).getFirst().onHand()).isEqualTo(2);
        });
    }
}
