package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.html.Anchor;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.MissingContribution;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.function.Predicate;
import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.TimelineEntry;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A customer's interactions, transactions and the plugins' entries, newest first, loaded page by page as the user
 * scrolls.
 */
final class TimelineGrid extends Grid<TimelineEntry> {

    /** Where the plugins' entries come from, which plugins the viewer sees, and who hears of missing parts. */
    record PluginEntries(CustomerContributions contributions, Predicate<String> visible,
                         Consumer<List<MissingContribution>> onMissing) {
    }

    static final int PAGE_SIZE = 30;

    private final TimelineService timeline;
    private final UserDirectory users;
    private final Formats formats;
    private final Map<Long, String> productNames;
    private final PluginEntries pluginEntries;
    private Function<Interaction, Optional<Component>> interactionDetails = interaction -> Optional.empty();

    TimelineGrid(TimelineService timeline, UserDirectory users, ProductCatalog products, Formats formats,
                 Consumer<Interaction> onCorrect, PluginEntries pluginEntries) {
        this.timeline = timeline;
        this.pluginEntries = pluginEntries;
        this.users = users;
        this.formats = formats;
        this.productNames = products.all().stream().collect(Collectors.toMap(Product::id, Product::name));
        setId("timeline");
        setPageSize(PAGE_SIZE);
        setSizeFull();
        addColumn(entry -> formats.dateTime(entry.occurredAt())).setHeader(getTranslation("timeline.when"))
                .setAutoWidth(true).setFlexGrow(0).setKey("when");
        addComponentColumn(this::kind).setHeader(getTranslation("timeline.what")).setAutoWidth(true).setFlexGrow(0).setKey("what");
        addColumn(this::subject).setHeader(getTranslation("timeline.subject")).setFlexGrow(3).setKey("subject");
        addColumn(this::detail).setHeader(getTranslation("timeline.detail")).setFlexGrow(2).setKey("detail");
        addColumn(this::author).setHeader(getTranslation("timeline.by")).setFlexGrow(1).setKey("by");
        addComponentColumn(entry -> correctButton(entry, onCorrect)).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        setPartNameGenerator(entry -> entry instanceof TimelineEntry.InteractionEntry i && i.interaction().isCorrected()
                ? "corrected" : null);
        setItemDetailsRenderer(new ComponentRenderer<>(this::notes));
        setEmptyStateText(getTranslation("timeline.empty"));
    }

    /** Adds what {@code details} gives for an interaction (e.g. its mail's attachments) under its notes. */
    void showInteractionDetails(Function<Interaction, Optional<Component>> details) {
        this.interactionDetails = details;
    }

    void show(long customerId) {
        Locale locale = getLocale();
        Set<MissingContribution> missing = new LinkedHashSet<>();
        pluginEntries.onMissing().accept(List.of());
        KeysetPager<TimelineEntry> pager = new KeysetPager<>((after, limit) -> {
            CustomerContributions.Gathered<TimelineEntry.PluginEntry> fromPlugins = pluginEntries.contributions()
                    .timeline(customerId, after, limit, locale, pluginEntries.visible());
            if (!fromPlugins.missing().isEmpty() && missing.addAll(fromPlugins.missing())) {
                pluginEntries.onMissing().accept(List.copyOf(missing));
            }
            return TimelineService.merge(timeline.timeline(customerId, after, limit), fromPlugins.values(), limit);
        });
        setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    private Component kind(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.InteractionEntry i -> labelled(icon(i.interaction().channel()),
                    getTranslation(EnumLabels.key(i.interaction().channel())));
            case TimelineEntry.TransactionEntry t -> labelled(VaadinIcon.MONEY.create(),
                    getTranslation(EnumLabels.key(t.transaction().kind())));
            case TimelineEntry.PluginEntry p -> labelled(VaadinIcon.PLUG.create(), p.item().kind());
        };
    }

    private static Component labelled(Icon icon, String text) {
        icon.setSize("var(--lumo-icon-size-s)");
        Span span = new Span(icon, new Span(" " + text));
        span.addClassName("timeline-kind");
        return span;
    }

    private static Icon icon(Channel channel) {
        return (switch (channel) {
            case PHONE -> VaadinIcon.PHONE;
            case EMAIL -> VaadinIcon.ENVELOPE;
            case MEETING -> VaadinIcon.GROUP;
            case WEB -> VaadinIcon.GLOBE;
            case CHAT -> VaadinIcon.CHAT;
            case LETTER -> VaadinIcon.FILE_TEXT;
            case STORE -> VaadinIcon.SHOP;
            case FIELD_VISIT -> VaadinIcon.CAR;
        }).create();
    }

    private String subject(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.InteractionEntry i -> i.interaction().correctsId() == null
                    ? i.interaction().subject()
                    : getTranslation("timeline.correctionOf", i.interaction().subject());
            case TimelineEntry.TransactionEntry t -> t.transaction().productId() == null ? ""
                    : productNames.getOrDefault(t.transaction().productId(), "");
            case TimelineEntry.PluginEntry p -> p.item().subject();
        };
    }

    private String detail(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.InteractionEntry i -> getTranslation(EnumLabels.key(i.interaction().direction())) + " · "
                    + getTranslation(EnumLabels.key(i.interaction().outcome()))
                    + (i.interaction().isCorrected() ? " · " + getTranslation("timeline.corrected") : "");
            case TimelineEntry.TransactionEntry t -> formats.money(t.transaction().amount());
            case TimelineEntry.PluginEntry p -> p.item().detail() == null ? "" : p.item().detail();
        };
    }

    private String author(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.InteractionEntry i -> i.interaction().recordedBy() == null ? i.interaction().source()
                    : users.find(i.interaction().recordedBy()).map(User::displayName).orElse("");
            case TimelineEntry.TransactionEntry t -> t.transaction().sourceSystem();
            case TimelineEntry.PluginEntry p -> p.pluginId();
        };
    }

    private Component correctButton(TimelineEntry entry, Consumer<Interaction> onCorrect) {
        if (entry instanceof TimelineEntry.InteractionEntry i && !i.interaction().isCorrected()) {
            Button correct = new Button(VaadinIcon.PENCIL.create(), click -> onCorrect.accept(i.interaction()));
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            correct.setAriaLabel(getTranslation("timeline.correct"));
            correct.setTooltipText(getTranslation("timeline.correct"));
            correct.addClassName("correct-interaction");
            return correct;
        }
        return new Span();
    }

    private Component notes(TimelineEntry entry) {
        Div notes = new Div();
        notes.addClassName("timeline-notes");
        if (entry instanceof TimelineEntry.InteractionEntry i) {
            Interaction interaction = i.interaction();
            notes.setText(interaction.notes() == null ? getTranslation("timeline.noNotes") : interaction.notes());
            interactionDetails.apply(interaction).ifPresent(notes::add);
        } else if (entry instanceof TimelineEntry.TransactionEntry t && t.transaction().externalRef() != null) {
            notes.setText(getTranslation("timeline.reference", t.transaction().externalRef()));
        } else if (entry instanceof TimelineEntry.PluginEntry p) {
            notes.setText(p.item().notes() == null ? "" : p.item().notes());
            String link = p.item().link();
            // Only the plugin's own pages: an entry cannot send the user to another plugin's or the kernel's.
            if (link != null && link.startsWith(p.pluginId() + "/")) {
                Anchor open = new Anchor(link, getTranslation("timeline.open"));
                open.addClassName("timeline-open");
                notes.add(new Div(open));
            }
        }
        return notes;
    }
}
