package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The customer form: "New customer" or "Edit <name>". */
public final class CustomerEditPage extends VaadinPage {

    CustomerEditPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("save"));
        waitUntilIdle();
    }

    public static CustomerEditPage openNew(WebDriver driver, RapportServer server) {
        driver.get(server.url("customers/new"));
        return new CustomerEditPage(driver);
    }

    public static CustomerEditPage openExisting(WebDriver driver, RapportServer server, long customerId) {
        driver.get(server.url("customers/" + customerId + "/edit"));
        return new CustomerEditPage(driver);
    }

    public CustomerEditPage person(String firstName, String lastName) {
        choose("kind", "Person");
        type("first-name", firstName);
        type("last-name", lastName);
        return this;
    }

    public CustomerEditPage firstName(String firstName) {
        type("first-name", firstName);
        return this;
    }

    public CustomerEditPage stage(String label) {
        select("stage", label);
        return this;
    }

    /** Adds an email row and types {@code address} into it. */
    public CustomerEditPage addEmail(String address) {
        click(By.id("emails-add"));
        var inputs = all(By.cssSelector("#emails .email-input input"));
        inputs.getLast().sendKeys(address, org.openqa.selenium.Keys.TAB);
        waitUntilIdle();
        return this;
    }

    /** Presses save; the caller says which page it expects next. */
    public void save() {
        click(By.id("save"));
    }

    public Customer360Page saveAndOpen() {
        save();
        return new Customer360Page(driver);
    }

    /** The error message shown under the field with id {@code fieldId}, or "" when it is valid. */
    public String errorOf(String fieldId) {
        return Boolean.TRUE.equals(property(fieldId, "invalid")) ? String.valueOf(property(fieldId, "errorMessage")) : "";
    }

    /** The error message of the {@code index}-th email row, or "". */
    public String emailError(int index) {
        Object message = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const f = document.querySelectorAll('#emails .email-input')[arguments[0]];"
                        + " return f && f.invalid ? f.errorMessage : '';", index);
        return String.valueOf(message);
    }

    /** Whether the dialog telling that someone else saved meanwhile is open; its text. */
    public String conflictMessage() {
        waitForProperty("conflict-dialog", "opened", true);
        return property("conflict-dialog", "header") + "\n" + property("conflict-dialog", "message");
    }

    /** Confirms "Reload" in the conflict dialog and waits for the form to show the stored version. */
    public CustomerEditPage reloadAfterConflict() {
        click(By.xpath("//vaadin-confirm-dialog[@id='conflict-dialog']//vaadin-button[normalize-space(.)='Reload']"
                + " | //vaadin-button[@slot='confirm-button' and normalize-space(.)='Reload']"));
        return this;
    }

    /** The form's heading, "New customer" or "Edit <name>". */
    public String heading() {
        return visibleText("customer-form-title");
    }

    public String fieldValue(String fieldId) {
        return String.valueOf(property(fieldId, "value"));
    }
}
