package dev.rapport.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The cross-sell and up-sell plugin's pages, by the ids its views give their parts. */
final class UpsellPages {

    private UpsellPages() {
    }

    /** "Trigger rules" ({@code upsell/rules}): the rules with their firings; managers create them here. */
    static final class RulesPage extends VaadinPage {

        private RulesPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("upsell-rules"));
            waitUntilIdle();
        }

        static RulesPage open(WebDriver driver, RapportServer server) {
            driver.get(server.url("upsell/rules"));
            return new RulesPage(driver);
        }

        /**
         * Creates an active rule: when a transaction of {@code kind} (its English label) of at least {@code minAmount}
         * in {@code currency} is recorded, a task with {@code script} for the customer's owner.
         */
        RulesPage newTaskRule(String name, String kind, String minAmount, String currency, String script) {
            click(By.id("rules-new"));
            waitForProperty("rule-dialog", "opened", true);
            type("rule-name", name);
            select("rule-kind", kind);
            type("rule-min-amount", minAmount);
            type("rule-min-currency", currency);
            type("rule-script", script);
            click(By.id("rule-save"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the rule dialog to close")
                    .until(d -> !Boolean.TRUE.equals(property("rule-dialog", "opened")));
            return this;
        }

        /** The cells (name, state, action, firings, conversions, revenue) of the rule named {@code name}. */
        List<String> rule(String name) {
            return gridRowWithCell("rules-grid", 0, name);
        }
    }

    /** "My work", reloaded until a background listener has put the task awaited there. */
    static List<String> awaitMyTask(WebDriver driver, RapportServer server, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2))
                .withMessage("a task with " + text + " in My work").until(d -> {
                    MyWorkPage page = MyWorkPage.open(d, server);
                    return page.hasTaskContaining(text);
                });
        return MyWorkPage.open(driver, server).myTaskRowContaining(text);
    }

    /** The customer 360° view's "Offers" tab. */
    static final class OffersTab extends VaadinPage {

        OffersTab(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("upsell-tab"));
        }

        /** Opens an opportunity of {@code amount} in {@code currency} for this customer, owned by the signed-in user. */
        OffersTab newOpportunity(String title, String amount, String currency) {
            click(By.id("upsell-tab-new-opportunity"));
            waitForProperty("new-opportunity-dialog", "opened", true);
            type("new-opportunity-title", title);
            type("new-opportunity-amount", amount);
            type("new-opportunity-currency", currency);
            click(By.id("new-opportunity-save"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the new opportunity dialog to close")
                    .until(d -> !Boolean.TRUE.equals(property("new-opportunity-dialog", "opened")));
            return this;
        }

        /** The cells (title, amount, expected close, probability) of the customer's open opportunity {@code title}. */
        List<String> openOpportunity(String title) {
            return gridRowWithCell("upsell-customer-opportunities", 0, title);
        }
    }

    /** "Pipeline board" ({@code upsell/board}): the kanban board of the first pipeline. */
    static final class BoardPage extends VaadinPage {

        private BoardPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("board-columns"));
            waitUntilIdle();
        }

        static BoardPage open(WebDriver driver, RapportServer server) {
            driver.get(server.url("upsell/board"));
            return new BoardPage(driver);
        }

        /** The name of the stage (as its column's heading starts) whose column holds the card titled {@code title}. */
        String stageOf(String title) {
            return card(title).findElement(By.xpath("ancestor::*[contains(@class,'board-lane')]/h4")).getText()
                    .replaceAll(" · .*", "");
        }

        boolean shows(String title) {
            return !all(cardLocator(title)).isEmpty();
        }

        /**
         * Moves the card without a mouse: focuses it, opens it with Enter, presses "Mark as won" and confirms with
         * {@code reason}.
         */
        BoardPage winWithKeyboard(String title, String reason) {
            WebElement card = card(title);
            card.sendKeys(Keys.ENTER);
            waitForProperty("opportunity-dialog", "opened", true);
            click(By.id("opportunity-won"));
            waitForProperty("close-dialog", "opened", true);
            type("close-reason", reason);
            click(By.id("close-confirm"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the card " + title + " to leave the open stages")
                    .until(d -> !Boolean.TRUE.equals(property("close-dialog", "opened")) && !shows(title));
            return this;
        }

        private WebElement card(String title) {
            return waitForVisible(cardLocator(title));
        }

        private static By cardLocator(String title) {
            return By.xpath("//div[contains(@class,'board-card')][span[normalize-space(.)='" + title + "']]");
        }
    }
}
