package dev.rapport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer list ({@code customers}), the start page. */
public final class CustomerListPage extends VaadinPage {

    CustomerListPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("customer-grid"));
        waitUntilIdle();
    }

    /** The customer list the browser shows now (e.g. the start page after signing in). */
    public static CustomerListPage current(WebDriver driver) {
        return new CustomerListPage(driver);
    }

    /** Opens the list of the customers whose name starts with {@code prefix} (the filter is in the address). */
    public static CustomerListPage openFiltered(WebDriver driver, RapportServer server, String prefix) {
        driver.get(server.url("customers?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8).replace("+", "%20")));
        return new CustomerListPage(driver);
    }

    /** Whether the list offers the export (managers and administrators). */
    public boolean offersExport() {
        return all(By.id("export-customers")).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Downloads what the Export button links to, with this browser's session, as the browser would on a click:
     * the status, headers and body of the response.
     */
    public HttpResponse<String> downloadExport() {
        String href = waitForVisible(By.id("export-customers-link")).getDomProperty("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static CustomerListPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("customers"));
        return new CustomerListPage(driver);
    }

    public void importCustomers() {
        click(By.id("import-customers"));
    }

    /** Shows only customers whose name starts with {@code prefix}. */
    public CustomerListPage filterByName(String prefix) {
        type("filter-name", prefix);
        // The list writes its filter into the address once it has applied it.
        new WebDriverWait(driver, TIMEOUT).withMessage("the name filter to apply")
                .until(d -> d.getCurrentUrl().contains("q=" + prefix));
        waitUntilIdle();
        return this;
    }

    /** The name in row {@code row} (0 = first) of the list (column 0 holds the rows' selection boxes). */
    public String name(int row) {
        return gridCell("customer-grid", row, 1);
    }

    /** The owner shown in row {@code row}. */
    public String owner(int row) {
        return gridCell("customer-grid", row, 3);
    }

    /** Applies the saved view named {@code name}. */
    public CustomerListPage applyView(String name) {
        pick("saved-view", name, name);
        return this;
    }

    /** What the list's count says, e.g. "12 customers". */
    public String count() {
        return visibleText("customer-count");
    }

    /** Ticks the selection boxes of the first {@code rows} rows, one click each. */
    public CustomerListPage tickRows(int rows) {
        for (int row = 0; row < rows; row++) {
            gridCell("customer-grid", row, 1);
            WebElement box = (WebElement) ((JavascriptExecutor) driver).executeScript("""
                    const grid = document.getElementById('customer-grid');
                    const tr = [...grid.shadowRoot.querySelectorAll('#items tr')]
                        .find(r => !r.hidden && r.index === arguments[0]);
                    return tr.querySelectorAll('td')[0]._content.querySelector('vaadin-checkbox');
                    """, row);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
            waitUntilIdle();
        }
        return this;
    }

    /** What the selection bar says, e.g. "10 selected". */
    public String selected() {
        return visibleText("bulk-selected");
    }

    /** Assigns {@code ownerName} to the ticked customers through the bulk dialog. */
    public CustomerListPage assignOwner(String ownerName) {
        click(By.id("bulk-assign-owner"));
        pick("bulk-owner", ownerName, ownerName);
        click(By.id("bulk-apply"));
        return this;
    }

    /** The text of the notification shown last. */
    public String notification() {
        return waitForVisible(By.cssSelector("vaadin-notification-card")).getText();
    }
}
