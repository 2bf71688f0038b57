package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The application shell around every page: what the root URL shows, and the side navigation of any page. */
public final class ShellPage extends VaadinPage {

    private static final By APP_LAYOUT = By.tagName("vaadin-app-layout");
    private static final By MENU_ENTRIES = By.cssSelector("#main-navigation vaadin-side-nav-item");

    private ShellPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the root URL and waits until Vaadin has rendered it. */
    public static ShellPage open(WebDriver driver, RapportServer server) {
        return open(driver, server, "");
    }

    /** Opens a path (e.g. {@code account-notes}) and waits until Vaadin has rendered the shell and the page. */
    public static ShellPage open(WebDriver driver, RapportServer server, String path) {
        driver.get(server.url(path));
        ShellPage page = new ShellPage(driver);
        page.waitForVisible(APP_LAYOUT);
        page.waitUntilIdle();
        return page;
    }

    public WebElement appLayout() {
        return waitForVisible(APP_LAYOUT);
    }

    /** The labels of the side navigation's entries, in menu order. */
    public List<String> menuLabels() {
        return all(MENU_ENTRIES).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** The text of the page inside the shell (without header and navigation). */
    public String contentText() {
        return waitForVisible(By.cssSelector("vaadin-app-layout > :not([slot])")).getText();
    }

    /** Whether the page is the "page not found" view. */
    public boolean showsNotFound() {
        return isPresent(By.id("not-found"));
    }

    /** The text of the view shown instead of a plugin's page that failed, or "" when there is none. */
    public String pluginFailure() {
        return all(By.id("plugin-failure")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
