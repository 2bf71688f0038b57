package dev.rapport.plugin.upsell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.rapport.plugin.upsell.db.Tables.UPS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.upsell.offer.MiningJob;
import dev.rapport.plugin.upsell.offer.Offer;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityFilter;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.StageSpec;
import dev.rapport.plugin.upsell.trigger.EventCondition;
import dev.rapport.plugin.upsell.trigger.TriggerEvent;
import dev.rapport.plugin.upsell.trigger.TriggerRule;
import dev.rapport.plugin.upsell.ui.board.BoardView;
import dev.rapport.plugin.upsell.ui.customer.OffersTab;
import dev.rapport.plugin.upsell.ui.rule.RulesView;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's screens in a mocked browser: the board's column totals and a card closed as won (the sale recorded),
 * a rule refused on its currency field and then saved, a rule on branch visits (the channel shown instead of the
 * transaction's fields), and the customer's Offers tab after a mining run, where
 * accepting an offer opens an opportunity.
 */
class UpsellViewsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final OpportunityService opportunities = kernel.service(OpportunityService.class);
    private final PipelineService pipelines = kernel.service(PipelineService.class);

    @Test
    void theBoardTotalsItsColumnsAndACardIsClosedAsWonWithTheSaleRecorded() {
        UserInfo manager = kernel.createUser(Role.MANAGER, "sales");
        kernel.signIn(manager);
        String name = kernel.unique("Board");
        Pipeline pipeline = pipelines.save(null, name, List.of(new StageSpec(null, "Talk", 20),
                new StageSpec(null, "Offer", 70)));
        CustomerInfo customer = kernel.createPerson("Bo", kernel.unique("Ard"), null, false);
        Opportunity opened = opportunities.open(new OpportunityDraft(pipeline.id(), customer.id(), "Gold card",
                new BigDecimal("1290"), "EUR", LocalDate.now().plusDays(5), null, null));
        BoardView board = new BoardView(kernel.context(), pipelines, opportunities, kernel.service(OpportunityQueries.class));
        UI.getCurrent().add(board);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("board-pipeline")).setValue(pipeline);

        VerticalLayout talk = _get(VerticalLayout.class, spec -> spec.withId("board-stage-" + pipeline.firstStage().id()));
        assertThat(_get(talk, Span.class, spec -> spec.withClasses("board-totals")).getText())
                .isEqualTo("1 open · EUR 1,290.00 · weighted EUR 258.00");
        _click(_get(Div.class, spec -> spec.withId("board-card-" + opened.id())));
        _click(_get(Button.class, spec -> spec.withId("opportunity-won")));
        _get(TextField.class, spec -> spec.withId("close-reason")).setValue("Signed at the branch");
        _click(_get(Button.class, spec -> spec.withId("close-confirm")));

        assertThat(opportunities.require(opened.id()).status()).isEqualTo(OpportunityStatus.WON);
        assertThat(kernel.context().customers().transactions(customer.id(), null, 5)).singleElement()
                .satisfies(sale -> assertThat(sale.amount()).isEqualByComparingTo("1290"));
        VerticalLayout redrawn = _get(VerticalLayout.class, spec -> spec.withId("board-stage-" + pipeline.firstStage().id()));
        assertThat(_get(redrawn, Span.class, spec -> spec.withClasses("board-totals")).getText()).startsWith("0 open");
    }

    @Test
    void aRuleWithAnUnknownCurrencyIsRefusedOnTheFieldThenSaved() {
        kernel.runAsPlugin(() -> kernel.dsl().deleteFrom(UPS_RULE).execute());
        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        UI.getCurrent().add(new RulesView(kernel.context(), kernel.service(dev.rapport.plugin.upsell.trigger.RuleService.class),
                kernel.service(dev.rapport.plugin.upsell.trigger.RuleTester.class), pipelines,
                kernel.service(dev.rapport.plugin.upsell.offer.OfferService.class)));
        _click(_get(Button.class, spec -> spec.withId("rules-new")));
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Large deposit");
        _get(BigDecimalField.class, spec -> spec.withId("rule-min-amount")).setValue(new BigDecimal("10000"));
        TextField currency = _get(TextField.class, spec -> spec.withId("rule-min-currency"));
        currency.setValue("EUX");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        assertThat(currency.isInvalid()).isTrue();
        assertThat(currency.getErrorMessage()).isEqualTo("Not a known currency code (e.g. EUR)");
        currency.setValue("EUR");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        Grid<TriggerRule> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("Large deposit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRuleOnBranchVisitsShowsTheChannelInsteadOfTheTransactionsFieldsAndIsSaved() {
        kernel.runAsPlugin(() -> kernel.dsl().deleteFrom(UPS_RULE).execute());
        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        UI.getCurrent().add(new RulesView(kernel.context(), kernel.service(dev.rapport.plugin.upsell.trigger.RuleService.class),
                kernel.service(dev.rapport.plugin.upsell.trigger.RuleTester.class), pipelines,
                kernel.service(dev.rapport.plugin.upsell.offer.OfferService.class)));
        _click(_get(Button.class, spec -> spec.withId("rules-new")));
        assertThat(_find(Select.class, spec -> spec.withId("rule-channel"))).as("hidden for transactions").isEmpty();
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Branch visit");
        _get(Select.class, spec -> spec.withId("rule-event")).setValue(TriggerEvent.INTERACTION);

        assertThat(_find(BigDecimalField.class, spec -> spec.withId("rule-min-amount"))).as("transactions only").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("rule-test"))).as("nothing to replay").isEmpty();
        _get(Select.class, spec -> spec.withId("rule-channel")).setValue(Channel.STORE);
        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        Grid<TriggerRule> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        assertThat(GridKt._get(grid, 0).on()).isEqualTo(new EventCondition(TriggerEvent.INTERACTION, Channel.STORE,
                null, null));
    }

    @Test
    void theOffersTabExplainsAMinedOfferAndAcceptingItOpensAnOpportunity() {
        kernel.clearSettings();
        ProductInfo card = kernel.createProduct(kernel.unique("CARD"), "Travel card", "Travel", "40");
        ProductInfo insurance = kernel.createProduct(kernel.unique("INS"), "Travel insurance", "Cover", "90");
        ProductInfo loan = kernel.createProduct(kernel.unique("LOAN"), "Car loan", "Loans", "900");
        CustomerInfo prospect = null;
        for (int i = 0; i < 16; i++) {
            CustomerInfo buyer = kernel.createPerson("Buyer", kernel.unique("No" + i), null, false);
            List<ProductInfo> basket = i < 8 ? List.of(card, insurance) : i < 12 ? List.of(card) : List.of(loan);
            basket.forEach(product -> kernel.recordTransaction(buyer.id(), TransactionKind.PURCHASE, "10", "EUR",
                    product.id(), Instant.now()));
            if (i == 8) {
                prospect = buyer;
            }
        }
        assertThat(kernel.runJob(MiningJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        kernel.signIn(kernel.createUser(Role.AGENT, "sales"));
        OffersTab tab = new OffersTab(kernel.context(), kernel.service(dev.rapport.plugin.upsell.offer.OfferService.class),
                opportunities, kernel.service(OpportunityQueries.class), pipelines,
                kernel.service(dev.rapport.plugin.upsell.offer.UpsellSettings.class));
        UI.getCurrent().add(tab.createContent(prospect));

        Grid<Offer> offers = _get(Grid.class, spec -> spec.withId("upsell-offers"));
        assertThat(GridKt._get(offers, 0).productId()).isEqualTo(insurance.id());
        assertThat(GridKt._getFormatted(offers, 0, "reason"))
                .startsWith("Customers who hold Travel card took Travel insurance: lift");
        _click((Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(offers, 0,
                "actions")).getComponentAt(0));

        assertThat(kernel.service(OpportunityQueries.class).page(new OpportunityFilter(OpportunityStatus.OPEN, null, null,
                prospect.id()), null, 5)).singleElement().satisfies(opportunity -> {
                    assertThat(opportunity.origin()).isEqualTo(Origin.OFFER);
                    assertThat(opportunity.productId()).isEqualTo(insurance.id());
                });
    }
}
