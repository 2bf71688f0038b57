package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' Webhooks page ({@code admin/webhooks}): subscriptions and the selected one's delivery log. */
public final class WebhooksPage extends VaadinPage {

    private WebhooksPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("webhooks-view"));
        waitUntilIdle();
    }

    public static WebhooksPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("admin/webhooks"));
        return new WebhooksPage(driver);
    }

    /** Subscribes {@code url} to the event type {@code eventType}; returns the secret the page shows once. */
    public String subscribe(String name, String url, String eventType) {
        type("webhook-name", name);
        type("webhook-url", url);
        pick("webhook-event-types", eventType, eventType);
        click(By.id("webhook-create"));
        waitForVisible(By.id("webhook-secret"));
        return driver.findElement(By.cssSelector("#webhook-secret input")).getDomProperty("value");
    }

    /** Reloads the delivery log of the selected subscription until its newest message is in {@code state}. */
    public java.util.List<String> waitForNewestDelivery(String state) {
        new WebDriverWait(driver, TIMEOUT).withMessage("a delivery in state " + state).until(d -> {
            click(By.id("webhook-deliveries-reload"));
            return gridCell("webhook-deliveries", 0, 2).equals(state);
        });
        return gridRowContaining("webhook-deliveries", state);
    }
}
