package dev.rapport.platform.plugin;

import dev.rapport.platform.interaction.TimelineEntry;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.CustomerFacts;
import dev.rapport.sdk.extension.CustomerListColumn;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What the running plugins add to the customer 360° view besides tabs: key facts in the header and entries on the
 * timeline. Each view asks every visible plugin at once and waits at most {@link #BUDGET} for them together.
 */
public final class CustomerContributions implements AutoCloseable {

    /** How long a view waits for the plugins' facts, or for their part of a timeline page. */
    public static final Duration BUDGET = Duration.ofMillis(300);

    /** The platform's kernel entries take ranks 0 and 1 (interactions, transactions); plugins follow. */
    private static final int FIRST_PLUGIN_RANK = 2;

    /** A plugin's fact. */
    public record PluginFact(String pluginId, CustomerFact fact) {
    }

    /** What the plugins gave, and the plugins whose part is missing. */
    public record Gathered<T>(List<T> values, List<MissingContribution> missing) {
    }

    private record Owned<T>(String pluginId, T contribution) {
    }

    private final List<Owned<CustomerFacts>> facts = new CopyOnWriteArrayList<>();
    private final List<Owned<CustomerTimeline>> timelines = new CopyOnWriteArrayList<>();
    private final List<Owned<CustomerListColumn>> listColumns = new CopyOnWriteArrayList<>();
    private final BudgetedCalls calls;

    public CustomerContributions(PluginHealth health) {
        this(health, BUDGET);
    }

    CustomerContributions(PluginHealth health, Duration budget) {
        this.calls = new BudgetedCalls(health, budget);
    }

    public void addFacts(String pluginId, CustomerFacts contribution) {
        facts.add(new Owned<>(pluginId, contribution));
    }

    public void addTimeline(String pluginId, CustomerTimeline contribution) {
        timelines.add(new Owned<>(pluginId, contribution));
    }

    public void addListColumn(String pluginId, CustomerListColumn contribution) {
        listColumns.add(new Owned<>(pluginId, contribution));
    }

    /** A plugin's column on the customer list: its key ({@code <plugin-id>.<column-id>}) and the column. */
    public record PluginColumn(String key, String pluginId, CustomerListColumn column) {
    }

    /** The list columns of the plugins {@code visible} accepts, by plugin id, then column id. */
    public List<PluginColumn> listColumns(Predicate<String> visible) {
        return sorted(listColumns).stream().filter(owned -> visible.test(owned.pluginId()))
                .map(owned -> new PluginColumn(owned.pluginId() + "." + owned.contribution().id(), owned.pluginId(),
                        owned.contribution()))
                .sorted(Comparator.comparing(PluginColumn::key)).toList();
    }

    /**
     * The values of {@code columns} for one page of the list, asked of every plugin at once and waited for at most
     * the budget together: by column key, then customer id; a column missing from the answer failed or was late.
     */
    public Gathered<java.util.Map.Entry<String, java.util.Map<Long, String>>> listValues(List<PluginColumn> columns,
                                                                                           List<Long> customerIds,
                                                                                           Locale locale) {
        List<BudgetedCalls.Call<java.util.Map.Entry<String, java.util.Map<Long, String>>>> asked = columns.stream()
                .map(column -> new BudgetedCalls.Call<>(column.pluginId(), "customer list column " + column.key(),
                        () -> java.util.Map.entry(column.key(), java.util.Map.copyOf(
                                column.column().values(List.copyOf(customerIds), locale)))))
                .toList();
        BudgetedCalls.Gathered<java.util.Map.Entry<String, java.util.Map<Long, String>>> gathered = calls.call(asked);
        return new Gathered<>(gathered.answers().stream().map(BudgetedCalls.Answer::value).toList(), gathered.missing());
    }

    public void removeOwnedBy(String pluginId) {
        listColumns.removeIf(owned -> owned.pluginId().equals(pluginId));
        facts.removeIf(owned -> owned.pluginId().equals(pluginId));
        timelines.removeIf(owned -> owned.pluginId().equals(pluginId));
    }

    /** The facts of the plugins {@code visible} accepts about {@code customer}, by plugin id, then as given. */
    public Gathered<PluginFact> facts(CustomerInfo customer, Locale locale, Predicate<String> visible) {
        List<BudgetedCalls.Call<List<CustomerFact>>> asked = sorted(facts).stream()
                .filter(owned -> visible.test(owned.pluginId()))
                .map(owned -> new BudgetedCalls.Call<>(owned.pluginId(), "customer facts "
                        + owned.contribution().getClass().getName(), () -> owned.contribution().facts(customer, locale)))
                .toList();
        BudgetedCalls.Gathered<List<CustomerFact>> gathered = calls.call(asked);
        List<PluginFact> values = new ArrayList<>();
        gathered.answers().forEach(answer -> answer.value().forEach(fact -> values.add(new PluginFact(answer.pluginId(), fact))));
        return new Gathered<>(values, gathered.missing());
    }

    /**
     * The plugins' part of one page of a customer's timeline: at most {@code limit} entries of each visible plugin
     * that come after {@code after} (null for the first page) in the timeline's order.
     */
    public Gathered<TimelineEntry.PluginEntry> timeline(long customerId, TimelineEntry after, int limit, Locale locale,
                                                        Predicate<String> visible) {
        List<Owned<CustomerTimeline>> sources = sorted(timelines);
        List<BudgetedCalls.Call<List<TimelineEntry.PluginEntry>>> asked = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Owned<CustomerTimeline> source = sources.get(i);
            if (!visible.test(source.pluginId())) {
                continue;
            }
            int rank = FIRST_PLUGIN_RANK + i;
            TimelinePosition position = positionFor(rank, after);
            asked.add(new BudgetedCalls.Call<>(source.pluginId(), "customer timeline "
                    + source.contribution().getClass().getName(), () -> source.contribution()
                    .entries(customerId, position, limit, locale).stream()
                    .filter(item -> position == null || position.precedes(item.occurredAt(), item.id()))
                    .sorted(Comparator.comparing(TimelineItem::occurredAt).reversed()
                            .thenComparing(Comparator.comparingLong(TimelineItem::id).reversed()))
                    .limit(limit)
                    .map(item -> new TimelineEntry.PluginEntry(source.pluginId(), rank, item)).toList()));
        }
        BudgetedCalls.Gathered<List<TimelineEntry.PluginEntry>> gathered = calls.call(asked);
        List<TimelineEntry.PluginEntry> values = new ArrayList<>();
        gathered.answers().forEach(answer -> values.addAll(answer.value()));
        return new Gathered<>(values, gathered.missing());
    }

    /**
     * Where a source of rank {@code rank} continues after {@code after}: at the same instant, entries of a lower
     * rank come first, so a source ranked after the cursor's still owes all of that instant's entries, one ranked
     * before it none of them.
     */
    static TimelinePosition positionFor(int rank, TimelineEntry after) {
        if (after == null) {
            return null;
        }
        long id = rank > after.rank() ? Long.MAX_VALUE : rank < after.rank() ? Long.MIN_VALUE : after.id();
        return new TimelinePosition(after.occurredAt(), id);
    }

    /** In a fixed order (plugin id, then class), so ranks stay the same from one page to the next. */
    private static <T> List<Owned<T>> sorted(List<Owned<T>> owned) {
        return owned.stream().sorted(Comparator.comparing((Owned<T> o) -> o.pluginId())
                .thenComparing(o -> o.contribution().getClass().getName())).toList();
    }

    @Override
    public void close() {
        calls.close();
    }
}
