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

    /** The cells of the first timeline row with a cell containing {@code text}; waits until it is rendered. */
    public List<String> timelineRowContaining(String text) {
        return gridRowContaining("timeline", text);
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

    /** The cells (due, priority, title, customer, source, actions) of the task on the Tasks tab whose row contains {@code text}. */
    public List<String> taskRowContaining(String text) {
        selectTab("Tasks");
        return gridRowContaining("customer-tasks", text);
    }

    /** Completes the open task titled {@code title} from the Tasks tab, logging the contact as the dialog proposes. */
    public Customer360Page completeTask(String title) {
        taskRowContaining(title);
        click(By.xpath("//vaadin-grid[@id='customer-tasks']//vaadin-button[@aria-label='Complete: " + title + "']"));
        waitForProperty("complete-task-dialog", "opened", true);
        click(By.id("complete-task-save"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("the completion dialog to close")
                .until(d -> !Boolean.TRUE.equals(property("complete-task-dialog", "opened")));
        return this;
    }

    /**
     * Attaches {@code file} on the Documents tab: hands it to the upload's file input, as choosing it in the file
     * dialog does, and waits until the documents list shows it.
     */
    public Customer360Page attachDocument(java.nio.file.Path file) {
        selectTab("Documents");
        WebElement upload = waitForVisible(By.id("document-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        documentRow(file.getFileName().toString());
        return this;
    }

    /** The cells (name, size, by, when) of the row of the Documents tab naming {@code fileName}; waits for it. */
    public List<String> documentRow(String fileName) {
        return gridRowWithCell("customer-documents", 0, fileName);
    }

    /** Opens the dialog to merge a duplicate into this customer; returns the text it shows. */
    public String openMergeDialog() {
        click(By.id("merge-customer"));
        waitForProperty("merge-dialog", "opened", true);
        return visibleText("merge-dialog");
    }

    /**
     * Types {@code search} (the start of a name, an email or a phone number) into the merge dialog's duplicate
     * field and picks the first suggestion containing {@code pick}; returns the suggestions' labels as shown.
     */
    @SuppressWarnings("unchecked")
    public List<String> chooseDuplicate(String search, String pick) {
        WebElement input = waitForVisible(By.cssSelector("#merge-duplicate input"));
        input.sendKeys(search);
        String suggestions = """
                return [...document.querySelectorAll('vaadin-combo-box-item')]
                    .filter(item => item.offsetParent !== null).map(item => item.innerText.trim());
                """;
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("duplicates for " + search)
                .until(d -> Boolean.TRUE.equals(property("merge-duplicate", "opened"))
                        && !Boolean.TRUE.equals(property("merge-duplicate", "loading"))
                        && !((List<String>) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(suggestions)).isEmpty());
        List<String> labels = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(suggestions);
        click(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), '" + pick + "')]"));
        return labels;
    }

    /** Presses "Merge" in the merge dialog; returns the text of the confirmation that asks once more. */
    public String mergeConfirmation() {
        click(By.id("merge-next"));
        waitForProperty("merge-confirm", "opened", true);
        return visibleText("merge-confirm");
    }

    /** Cancels the confirmation and the merge dialog: nothing is merged. */
    public Customer360Page cancelMerge() {
        click(By.xpath("//vaadin-confirm-dialog[@id='merge-confirm']//vaadin-button[normalize-space(.)='Cancel']"
                + " | //vaadin-button[@slot='cancel-button' and normalize-space(.)='Cancel']"));
        click(By.xpath("//vaadin-dialog[@id='merge-dialog']//vaadin-button[normalize-space(.)='Cancel']"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("the merge dialog to close")
                .until(d -> !Boolean.TRUE.equals(property("merge-dialog", "opened")));
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
