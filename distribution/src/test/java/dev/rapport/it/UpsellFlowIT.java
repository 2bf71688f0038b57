package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The bank story of cross-sell and up-sell in a real browser: the Sales manager creates the rule "a deposit of at
 * least 10,000 EUR: call the customer about investment products"; a large deposit is recorded for a customer; the
 * customer's owner finds the call task in My work, opens an opportunity from the customer's Offers tab, wins it on the
 * pipeline board without a mouse (keyboard and dialog), and the sale shows as a purchase on the customer's 360° view.
 */
@ExtendWith(RapportBrowserExtension.class)
class UpsellFlowIT {

    @Test
    void aLargeDepositCallsTheOwnerWhoseWonDealShowsAsAPurchaseOnThe360View(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User manager = server.account("it-ups-manager-" + suffix, Role.MANAGER, "sales");
        User owner = server.account("it-ups-agent-" + suffix, Role.AGENT, "sales");
        Customer customer = server.platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, "Dora", "Deposit" + suffix, null, LifecycleStage.CUSTOMER, owner.id(), "en", "EUR",
                "UTC", false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        String rule = "Large deposit " + suffix;

        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);
        UpsellPages.RulesPage rules = UpsellPages.RulesPage.open(driver, server)
                .newTaskRule(rule, "Deposit", "10000", "EUR", "Ask about investment products.");
        assertThat(rules.rule(rule)).startsWith(rule, "Active", "Task");

        server.platform().services().require(TransactionService.class).record(new TransactionDraft(customer.id(),
                TransactionKind.DEPOSIT, new BigDecimal("25000.00"), "EUR", null, Instant.now(), "core-banking",
                "dep-" + suffix), Actor.SYSTEM);

        ShellPage.current(driver).signOut();
        LoginPage.signIn(driver, server, owner.username(), RapportServer.PASSWORD);
        assertThat(UpsellPages.awaitMyTask(driver, server, rule)).anySatisfy(cell ->
                assertThat(cell).contains(rule + ": Dora Deposit" + suffix));

        Customer360Page.open(driver, server, customer.id()).selectTab("Offers");
        String deal = "Investment fund " + suffix;
        assertThat(new UpsellPages.OffersTab(driver).newOpportunity(deal, "5000", "EUR").openOpportunity(deal))
                .contains("EUR 5,000.00");

        UpsellPages.BoardPage board = UpsellPages.BoardPage.open(driver, server);
        assertThat(board.stageOf(deal)).isEqualTo("Qualify");
        board.winWithKeyboard(deal, "Signed the fund order");
        assertThat(board.shows(deal)).isFalse();

        Customer360Page page = Customer360Page.open(driver, server, customer.id());
        assertThat(page.timelineRowContaining(rule)).contains("Trigger rule");
        assertThat(page.timelineRowContaining("plugin:upsell")).contains("Purchase", "€5,000.00");
    }
}
