package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The account page ({@code account}): the signed-in user changes their password. */
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

    public String currentPasswordError() {
        return fieldError("current-password");
    }

    public String newPasswordError() {
        return fieldError("new-password");
    }
}
