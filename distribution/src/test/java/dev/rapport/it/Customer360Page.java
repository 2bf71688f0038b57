package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The customer 360° view. */
public final class Customer360Page extends VaadinPage {

    Customer360Page(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("customer-name"));
        waitUntilIdle();
    }

    public static Customer360Page open(WebDriver driver, RapportServer server, long customerId) {
        driver.get(server.url("customers/" + customerId));
        return new Customer360Page(driver);
    }

    public String customerName() {
        return waitForVisible(By.id("customer-name")).getText();
    }

    /** The customer id from the address bar. */
    public long customerId() {
        String path = currentUrl().replaceAll("[?#].*", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Logs an interaction through the dialog: channel and outcome by their English labels. */
    public Customer360Page logInteraction(String channel, String subject, String notes, String outcome) {
        click(By.id("log-interaction"));
        waitForProperty("interaction-dialog", "opened", true);
        select("interaction-channel", channel);
        type("interaction-subject", subject);
        type("interaction-notes", notes);
        select("interaction-outcome", outcome);
        click(By.id("interaction-save"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("the dialog to close")
                .until(d -> !Boolean.TRUE.equals(property("interaction-dialog", "opened")));
        return this;
    }

    /** The cells of timeline row {@code row}: when, what, subject, detail, by. */
    public String timelineCell(int row, int column) {
        return gridCell("timeline", row, column);
    }

    /** The labels of the tabs shown, e.g. Timeline, Details, Tasks and the plugins' tabs. */
    @SuppressWarnings("unchecked")
    public List<String> tabLabels() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('#customer-tabs vaadin-tab')]
                    .filter(tab => !tab.hidden).map(tab => tab.innerText.trim());
                """);
    }

    /** Selects the account-notes plugin's "Notes" tab. */
    public AccountNotesTab notesTab() {
        selectTab("Notes");
        return new AccountNotesTab(driver);
    }

    /** Selects the acquisition plugin's tab: the lead the customer came from and their campaign responses. */
    public AcquisitionPages.AcquisitionTab acquisitionTab() {
        selectTab("Acquisition");
        return new AcquisitionPages.AcquisitionTab(driver);
    }

    /** Selects the tab labelled {@code label}. */
    public Customer360Page selectTab(String label) {
        click(By.xpath("//vaadin-tabsheet[@id='customer-tabs']//vaadin-tab[normalize-space(.)='" + label + "']"));
        return this;
    }

    /** The message a plugin tab that failed shows instead of its content, or "" when there is none. */
    public String failedTabMessage() {
        return all(By.cssSelector(".plugin-tab-failed")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).findFirst().orElse("");
    }

    public String keyFigure(String id) {
        return waitForVisible(By.cssSelector("#" + id + " .figure-value")).getText();
    }
}
