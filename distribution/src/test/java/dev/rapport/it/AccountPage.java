package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The account page ({@code account}): the signed-in user changes their password and manages access tokens. */
public final class AccountPage extends VaadinPage {

    private AccountPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("account-view"));
        waitUntilIdle();
    }

    public static AccountPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("account"));
        return new AccountPage(driver);
    }

    /** The account page the browser shows now (e.g. where every page led). */
    public static AccountPage current(WebDriver driver) {
        return new AccountPage(driver);
    }

    /** Whether the page says the user must choose their own password before going on. */
    public boolean asksForANewPassword() {
        return isPresent(By.id("must-change-password"));
    }

    /** Enters the current password and the new one (twice) and asks for the change. */
    public AccountPage changePassword(String currentPassword, String newPassword) {
        type("current-password", currentPassword);
        type("new-password", newPassword);
        type("repeat-password", newPassword);
        click(By.id("change-password"));
        return this;
    }

    /**
     * Creates a personal access token with {@code name} and the scope labelled {@code scopeLabel}, keeping the
     * suggested expiry; returns the secret the page shows once.
     */
    public String createToken(String name, String scopeLabel) {
        type("token-name", name);
        choose("token-scope", scopeLabel);
        click(By.id("create-token"));
        waitForVisible(By.id("token-secret-notice"));
        return driver.findElement(By.cssSelector("#token-secret input")).getDomProperty("value");
    }

    /** Whether a token's secret is on the page. */
    public boolean showsASecret() {
        return isPresent(By.id("token-secret"));
    }

    /** Confirms the secret was copied: the page stops showing it. */
    public AccountPage secretCopied() {
        click(By.id("token-secret-done"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("the secret to disappear")
                .until(d -> d.findElements(By.id("token-secret")).isEmpty());
        return this;
    }

    /** The cells of the token list's row of the token named {@code name}. */
    public java.util.List<String> tokenRow(String name) {
        return gridRowContaining("token-list", name);
    }

    public String currentPasswordError() {
        return fieldError("current-password");
    }

    public String newPasswordError() {
        return fieldError("new-password");
    }
}
