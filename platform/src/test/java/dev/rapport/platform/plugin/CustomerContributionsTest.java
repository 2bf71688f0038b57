package dev.rapport.platform.plugin;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.TimelineEntry;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SDK 1.3: the plugins' key facts and timeline entries on the 360° view, within a budget, merged in order. */
class CustomerContributionsTest {

    private static final Duration BUDGET = Duration.ofMillis(300);

    private final Kernel kernel = new Kernel();
    private final PluginHealth health = new PluginHealth();
    private final CustomerContributions contributions = new CustomerContributions(health, BUDGET);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void close() {
        contributions.close();
    }

    @Test
    void factsOfVisiblePluginsComeInPluginOrderWhileASlowOrFailingPluginIsLeftOutWithinTheBudget() {
        CustomerInfo customer = kernel.customers.info(
                kernel.customers.create(Kernel.person("Fay", unique("Facts")), Actor.SYSTEM).id()).orElseThrow();
        AtomicInteger hiddenAsked = new AtomicInteger();
        contributions.addFacts("retention", (info, locale) -> List.of(
                new CustomerFact("Churn risk", "High", CustomerFact.Tone.BAD, "No purchase for 14 months"),
                CustomerFact.of("RFM class", "At risk")));
        contributions.addFacts("acquisition", (info, locale) -> List.of(CustomerFact.of("Source", info.displayName())));
        contributions.addFacts("slow", (info, locale) -> {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(10).toNanos());
            return List.of(CustomerFact.of("Never", "shown"));
        });
        contributions.addFacts("broken", (info, locale) -> {
            throw new IllegalStateException("broken on purpose");
        });
        contributions.addFacts("hidden", (info, locale) -> {
            hiddenAsked.incrementAndGet();
            return List.of(CustomerFact.of("Hidden", "fact"));
        });

        long started = System.nanoTime();
        CustomerContributions.Gathered<CustomerContributions.PluginFact> facts =
                contributions.facts(customer, Locale.ENGLISH, pluginId -> !pluginId.equals("hidden"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(facts.values()).extracting(fact -> fact.pluginId() + ": " + fact.fact().label() + " = " + fact.fact().value())
                .containsExactly("acquisition: Source = " + customer.displayName(), "retention: Churn risk = High",
                        "retention: RFM class = At risk");
        assertThat(facts.missing()).containsExactlyInAnyOrder(new MissingContribution("slow", true),
                new MissingContribution("broken", false));
        assertThat(took).as("the view waits the budget, not the slow plugin").isLessThan(Duration.ofSeconds(3));
        assertThat(hiddenAsked).as("a plugin the viewer's departments do not use is not asked").hasValue(0);
        assertThat(health.of("slow")).isPresent();
        assertThat(health.of("broken")).hasValueSatisfying(failures ->
                assertThat(failures.lastError()).contains("broken on purpose"));
    }

    @Test
    void aPluginsTimelineEntriesMergeWithTheKernelsAcrossPagesEvenAtTheSameInstant() {
        Customer customer = kernel.customers.create(Kernel.person("Tim", unique("Merge")), Actor.SYSTEM);
        List<TimelineItem> visits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Instant when = now.minus(Duration.ofHours(i / 3));
            kernel.interactions.log(new InteractionDraft(customer.id(), null, Channel.EMAIL, Direction.INBOUND,
                    "mail " + i, null, Outcome.COMPLETED, when, "kernel"), Actor.SYSTEM);
            kernel.transactions.record(new TransactionDraft(customer.id(), TransactionKind.PURCHASE, BigDecimal.TEN,
                    "EUR", null, when, "test", null), Actor.SYSTEM);
            visits.add(new TimelineItem(100 + i, when, "Visit", "visit " + i, null, null, null));
        }
        contributions.addTimeline("field", new ListedEntries(visits));
        contributions.addTimeline("service", new ListedEntries(List.of(
                new TimelineItem(7, now, "Request", "request", null, null, "service/requests/7"))));

        List<TimelineEntry> all = page(customer.id(), null, 1_000);
        assertThat(all).hasSize(9 + 9 + 9 + 1);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(TimelineEntry::occurredAt).reversed()
                .thenComparing(TimelineEntry::rank)
                .thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed()));
        assertThat(all.subList(0, 10)).extracting(TimelineEntry::rank).containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2, 3);

        for (int pageSize : new int[] {1, 2, 3, 5, 7}) {
            List<TimelineEntry> paged = new ArrayList<>();
            TimelineEntry after = null;
            List<TimelineEntry> page;
            do {
                page = page(customer.id(), after, pageSize);
                paged.addAll(page);
                after = page.isEmpty() ? null : page.getLast();
            } while (!page.isEmpty());
            assertThat(paged).as("page size %d", pageSize).isEqualTo(all);
        }
    }

    @Test
    void entriesASourceWasNotAskedForAreDroppedSoNoPageRepeatsThem() {
        Customer customer = kernel.customers.create(Kernel.person("Ola", unique("Sloppy")), Actor.SYSTEM);
        List<TimelineItem> items = List.of(
                new TimelineItem(1, now.minusSeconds(30), "Note", "older", null, null, null),
                new TimelineItem(2, now, "Note", "newest", null, null, null),
                new TimelineItem(3, now.minusSeconds(10), "Note", "middle", null, null, null));
        // A source that ignores the position and the limit, and answers unsorted.
        contributions.addTimeline("sloppy", (customerId, before, limit, locale) -> items);

        List<TimelineEntry> first = page(customer.id(), null, 2);
        List<TimelineEntry> second = page(customer.id(), first.getLast(), 2);

        assertThat(first).extracting(TimelineEntry::id).containsExactly(2L, 3L);
        assertThat(second).extracting(TimelineEntry::id).containsExactly(1L);
    }

    private List<TimelineEntry> page(long customerId, TimelineEntry after, int limit) {
        CustomerContributions.Gathered<TimelineEntry.PluginEntry> fromPlugins =
                contributions.timeline(customerId, after, limit, Locale.ENGLISH, pluginId -> true);
        assertThat(fromPlugins.missing()).isEmpty();
        return TimelineService.merge(kernel.timeline.timeline(customerId, after, limit), fromPlugins.values(), limit);
    }

    /** A plugin's entries answered the way the SDK asks: older than the position, newest first, at most the limit. */
    private record ListedEntries(List<TimelineItem> items) implements CustomerTimeline {
        @Override
        public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
            return items.stream().filter(item -> before == null || before.precedes(item.occurredAt(), item.id()))
                    .sorted(Comparator.comparing(TimelineItem::occurredAt).reversed()
                            .thenComparing(Comparator.comparingLong(TimelineItem::id).reversed()))
                    .limit(limit).toList();
        }
    }
}
