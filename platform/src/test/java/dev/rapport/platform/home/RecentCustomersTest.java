package dev.rapport.platform.home;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentCustomersTest {

    private final Kernel kernel = new Kernel();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final RecentCustomers recent = new RecentCustomers(kernel.dsl, clock);

    @Test
    void listsWhatAUserOpenedNewestFirstOnceEachAndKeepsOnlyTheLatest() {
        Actor user = kernel.newActor(Role.AGENT);
        Actor other = kernel.newActor(Role.AGENT);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < RecentCustomers.KEPT + 2; i++) {
            customers.add(kernel.customers.create(person("Recent" + i, unique("Opened")), user));
        }
        for (Customer customer : customers) {
            recent.opened(user.userId(), customer.id());
            clock.advance(Duration.ofSeconds(1));
        }
        recent.opened(user.userId(), customers.get(5).id());
        recent.opened(other.userId(), customers.get(0).id());

        List<Long> ids = recent.of(user.userId(), 100).stream().map(RecentCustomers.Recent::customerId).toList();

        assertThat(ids).hasSize(RecentCustomers.KEPT).first().isEqualTo(customers.get(5).id());
        assertThat(ids).doesNotHaveDuplicates().doesNotContain(customers.get(0).id(), customers.get(1).id())
                .contains(customers.getLast().id());
        assertThat(recent.of(other.userId(), 5)).extracting(RecentCustomers.Recent::customerId)
                .containsExactly(customers.get(0).id());
    }
}
