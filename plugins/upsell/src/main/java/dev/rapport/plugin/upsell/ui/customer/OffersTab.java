package dev.rapport.plugin.upsell.ui.customer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.upsell.offer.Offer;
import dev.rapport.plugin.upsell.offer.OfferService;
import dev.rapport.plugin.upsell.offer.UpsellSettings;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityFilter;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.ui.opportunity.NewOpportunityDialog;
import dev.rapport.plugin.upsell.ui.opportunity.OpportunityDialog;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerTab;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.text.NumberFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * The customer's tab "Offers": their next-best offers with the reason in words (accept opens an opportunity, decline
 * rests the offer), and their open opportunities.
 */
@Extension
public final class OffersTab implements CustomerTab {

    static final int SHOWN = 5;
    private static final int OPEN_SHOWN = 20;

    private final PluginContext context;
    private final OfferService offers;
    private final OpportunityService opportunities;
    private final OpportunityQueries queries;
    private final PipelineService pipelines;
    private final UpsellSettings settings;

    public OffersTab(PluginContext context, OfferService offers, OpportunityService opportunities,
                     OpportunityQueries queries, PipelineService pipelines, UpsellSettings settings) {
        this.context = context;
        this.offers = offers;
        this.opportunities = opportunities;
        this.queries = queries;
        this.pipelines = pipelines;
        this.settings = settings;
    }

    @Override
    public String labelKey() {
        return "upsell.tab";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public Component createContent(CustomerInfo customer) {
        VerticalLayout content = new VerticalLayout();
        content.setId("upsell-tab");
        fill(content, customer);
        return content;
    }

    private void fill(VerticalLayout content, CustomerInfo customer) {
        content.removeAll();
        boolean agent = context.security().hasRole(Role.AGENT);
        Grid<Offer> grid = new Grid<>();
        grid.setId("upsell-offers");
        grid.addColumn(offer -> offers.product(offer.productId()).name()).setHeader(content.getTranslation("upsell.offer.product"));
        grid.addColumn(offer -> reason(content, offer)).setHeader(content.getTranslation("upsell.offer.reason")).setFlexGrow(3)
                .setKey("reason");
        grid.addComponentColumn(offer -> {
            Button accept = new Button(content.getTranslation("upsell.offer.accept"), click -> {
                if (Feedback.attempt(content, Map.of(), () -> offers.accept(customer.id(), offer.productId()))) {
                    Feedback.success(content, "upsell.offer.accepted", offers.product(offer.productId()).name());
                    fill(content, customer);
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            accept.addClassName("offer-accept");
            Button decline = new Button(content.getTranslation("upsell.offer.decline"), click -> confirmDecline(content,
                    customer, offer));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.addClassName("offer-decline");
            return new HorizontalLayout(accept, decline);
        }).setHeader("").setKey("actions").setVisible(agent);
        grid.setItems(offers.offers(customer.id(), SHOWN));
        grid.setEmptyStateText(content.getTranslation("upsell.offer.none"));
        grid.setAllRowsVisible(true);

        Formats formats = Formats.current();
        Grid<Opportunity> open = new Grid<>();
        open.setId("upsell-customer-opportunities");
        open.addColumn(Opportunity::title).setHeader(content.getTranslation("upsell.opportunity.title")).setFlexGrow(3);
        open.addColumn(one -> formats.money(one.amount(), one.currency())).setHeader(content.getTranslation("upsell.opportunity.amount"));
        open.addColumn(one -> formats.date(one.expectedClose())).setHeader(content.getTranslation("upsell.opportunity.expectedClose"));
        open.addColumn(one -> one.probability() + " %").setHeader(content.getTranslation("upsell.opportunity.probability"));
        open.setItems(queries.page(new OpportunityFilter(OpportunityStatus.OPEN, null, null, customer.id()), null, OPEN_SHOWN));
        open.setEmptyStateText(content.getTranslation("upsell.opportunity.none"));
        open.setAllRowsVisible(true);
        open.addItemClickListener(click -> new OpportunityDialog(context, pipelines, opportunities, click.getItem(),
                () -> fill(content, customer)).open());
        Button create = new Button(content.getTranslation("upsell.opportunity.new"), click ->
                new NewOpportunityDialog(context, pipelines, opportunities, customer, () -> fill(content, customer)).open());
        create.setId("upsell-tab-new-opportunity");
        create.setVisible(agent);
        content.add(new H4(content.getTranslation("upsell.offer.title")), grid,
                new H4(content.getTranslation("upsell.opportunities.open")), create, open);
    }

    private void confirmDecline(VerticalLayout content, CustomerInfo customer, Offer offer) {
        String product = offers.product(offer.productId()).name();
        ConfirmDialog confirm = new ConfirmDialog(content.getTranslation("upsell.offer.declineTitle", product),
                content.getTranslation("upsell.offer.declineText", settings.declineDays()),
                content.getTranslation("upsell.offer.decline"), event -> {
                    if (Feedback.attempt(content, Map.of(), () -> offers.decline(customer.id(), offer.productId()))) {
                        Feedback.success(content, "upsell.offer.declined", product);
                        fill(content, customer);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(content.getTranslation("upsell.cancel"));
        confirm.open();
    }

    /** The offer's reason in words, e.g. "Customers who hold X and Y took Z: lift 3.2 over 1,840 customers". */
    static String reason(Component context, java.util.Locale locale, Offer offer,
                         java.util.function.LongFunction<String> names) {
        String basis = offer.basis().stream().map(names::apply).collect(Collectors.joining(
                " " + context.getTranslation("upsell.offer.and") + " "));
        if (offer.kind() == Offer.Kind.UP_SELL) {
            return context.getTranslation("upsell.offer.reason.upsell", basis);
        }
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        return context.getTranslation("upsell.offer.reason.crossSell", basis, names.apply(offer.productId()),
                decimal.format(offer.lift()), NumberFormat.getIntegerInstance(locale).format(offer.supportCount()),
                percent.format(offer.confidence()));
    }

    private String reason(Component context, Offer offer) {
        return reason(context, Formats.current().locale(), offer, id -> offers.product(id).name());
    }
}
