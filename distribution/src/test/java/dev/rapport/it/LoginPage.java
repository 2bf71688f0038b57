package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page. */
public final class LoginPage extends VaadinPage {

    LoginPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("login-view"));
        waitUntilIdle();
    }

    public static LoginPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("login"));
        return new LoginPage(driver);
    }

    /** The sign-in page the browser was sent to (e.g. after asking for a page without being signed in). */
    public static LoginPage current(WebDriver driver) {
        return new LoginPage(driver);
    }

    /** Whether the browser shows the sign-in page, at its own address, once Vaadin has rendered. */
    public static boolean isShown(WebDriver driver) {
        try {
            return current(driver).currentUrl().replaceAll("[?#].*", "").endsWith("/login");
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Opens the sign-in page and signs in; the browser then shows the start page. */
    public static void signIn(WebDriver driver, RapportServer server, String username, String password) {
        open(driver, server).submit(username, password);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("signed in as " + username)
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Signs in as the tests' administrator. */
    public static void signInAsAdministrator(WebDriver driver, RapportServer server) {
        signIn(driver, server, server.administrator().username(), RapportServer.PASSWORD);
    }

    /** Types the credentials and submits. */
    public void submit(String username, String password) {
        WebElement user = waitForVisible(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, username);
        WebElement secret = waitForVisible(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, password, Keys.ENTER);
        waitUntilIdle();
    }

    /** Whether the form shows its error message (wrong credentials or throttled), and its text. */
    public String error() {
        Object error = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const f = document.querySelector('vaadin-login-form');"
                        + " return f && f.error ? f.i18n.errorMessage.message : '';");
        return String.valueOf(error);
    }
}
