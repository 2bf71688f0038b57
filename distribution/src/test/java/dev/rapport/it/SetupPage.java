package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page of the one-time set-up link that creates the first administrator ({@code setup?token=...}). */
public final class SetupPage extends VaadinPage {

    private SetupPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("setup-view"));
        waitUntilIdle();
    }

    /** Opens the set-up link {@code link} (an absolute URL, as printed at start-up). */
    public static SetupPage open(WebDriver driver, String link) {
        driver.get(link);
        return new SetupPage(driver);
    }

    /** Everything the page says. */
    public String text() {
        return waitForVisible(By.id("setup-view")).getText();
    }

    /** Whether the page offers to create the administrator (only while the link is valid). */
    public boolean offersTheForm() {
        return isPresent(By.id("setup-create"));
    }

    /** Fills in the administrator and asks to create them. */
    public SetupPage create(String username, String displayName, String password) {
        type("setup-username", username);
        type("setup-display-name", displayName);
        type("setup-password", password);
        click(By.id("setup-create"));
        return this;
    }

    public String passwordError() {
        return fieldError("setup-password");
    }
}
