package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The application shell around every page: side navigation, global search, user menu. */
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

    /** The shell of the page the browser shows now. */
    public static ShellPage current(WebDriver driver) {
        ShellPage page = new ShellPage(driver);
        page.appLayout();
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

    /** Reloads the page in the browser, as the user's F5 would. */
    public ShellPage reload() {
        driver.navigate().refresh();
        return current(driver);
    }

    /** The ids of the side navigation's entries, e.g. {@code nav-kernel-customers}. */
    public List<String> menuEntryIds() {
        waitForVisible(By.id("main-navigation"));
        return all(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("id")).toList();
    }

    /** The customers the header's search suggests for {@code text}, as their visible labels. */
    public List<String> searchSuggestions(String text) {
        WebElement input = waitForVisible(By.cssSelector("#global-search input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        new WebDriverWait(driver, TIMEOUT).withMessage("suggestions for " + text)
                .until(d -> Boolean.TRUE.equals(property("global-search", "opened"))
                        && !Boolean.TRUE.equals(property("global-search", "loading")) && !suggestions().isEmpty());
        return suggestions();
    }

    @SuppressWarnings("unchecked")
    private List<String> suggestions() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('vaadin-combo-box-item')]
                    .filter(item => item.offsetParent !== null).map(item => item.innerText.trim());
                """);
    }

    /** The name of the signed-in user, as the header's user menu shows it. */
    public String signedInAs() {
        return waitForVisible(By.id("current-user")).getText().strip();
    }

    /** Clicks the side navigation's entry with id {@code entryId} (e.g. {@code nav-kernel-products}): no page load. */
    public void clickMenuEntry(String entryId) {
        click(By.id(entryId));
    }

    /** Signs out through the user menu; the browser lands on the sign-in page. */
    public LoginPage signOut() {
        click(By.id("current-user"));
        click(By.id("sign-out"));
        return LoginPage.current(driver);
    }
}
