package dev.rapport.platform.plugin;

import com.vaadin.flow.component.Component;
import dev.rapport.sdk.extension.HomeCard;
import dev.rapport.sdk.extension.HomeCardContent;
import dev.rapport.sdk.security.UserInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The running plugins' cards on the home page. A home page loads every card its user may see at once and waits at
 * most {@link #BUDGET} for them together; a card that is late or fails is left out and named (see {@link HomeCard}).
 */
public final class HomeCards implements AutoCloseable {

    /** How long a home page waits for the plugins' cards. */
    public static final Duration BUDGET = Duration.ofMillis(500);

    /** A card and the plugin it belongs to. */
    public record PluginCard(String pluginId, HomeCard card) {
    }

    /** A card's loaded content, ready to be drawn on the UI thread. */
    public record Loaded(String pluginId, String titleKey, HomeCardContent content) {
    }

    /** The cards that loaded in time, in their order, and the plugins whose card is missing. */
    public record Gathered(List<Loaded> cards, List<MissingContribution> missing) {
    }

    private final List<PluginCard> cards = new CopyOnWriteArrayList<>();
    private final PluginHealth health;
    private final BudgetedCalls calls;

    public HomeCards(PluginHealth health) {
        this(health, BUDGET);
    }

    public HomeCards(PluginHealth health, Duration budget) {
        this.health = health;
        this.calls = new BudgetedCalls(health, budget);
    }

    public void add(String pluginId, HomeCard card) {
        cards.add(new PluginCard(pluginId, card));
    }

    public void removeOwnedBy(String pluginId) {
        cards.removeIf(card -> card.pluginId().equals(pluginId));
    }

    /** Loads the cards of the plugins {@code visible} accepts for {@code user}, side by side within the budget. */
    public Gathered load(UserInfo user, Locale locale, Predicate<String> visible) {
        List<PluginCard> asked = cards.stream().filter(card -> visible.test(card.pluginId()))
                .sorted(Comparator.comparingInt(this::safeOrder).thenComparing(PluginCard::pluginId))
                .toList();
        BudgetedCalls.Gathered<Loaded> gathered = calls.call(asked.stream()
                .map(card -> new BudgetedCalls.Call<>(card.pluginId(), what(card), () -> new Loaded(card.pluginId(),
                        card.card().titleKey(), card.card().load(user, locale))))
                .toList());
        List<Loaded> loaded = new ArrayList<>();
        gathered.answers().forEach(answer -> {
            if (answer.value().content() != null) {
                loaded.add(answer.value());
            }
        });
        return new Gathered(loaded, gathered.missing());
    }

    /** Draws a loaded card on the UI thread; empty when the plugin fails to (the failure is recorded). */
    public Optional<Component> render(Loaded card) {
        try {
            return Optional.ofNullable(card.content().render());
        } catch (RuntimeException | LinkageError e) {
            health.failed(card.pluginId(), "home card " + card.content().getClass().getName(), e);
            return Optional.empty();
        }
    }

    private int safeOrder(PluginCard card) {
        try {
            return card.card().order();
        } catch (RuntimeException | LinkageError e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String what(PluginCard card) {
        return "home card " + card.card().getClass().getName();
    }

    @Override
    public void close() {
        calls.close();
    }
}
