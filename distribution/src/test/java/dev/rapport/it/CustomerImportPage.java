package dev.rapport.it;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer import: upload a CSV file, map its columns, import, read the summary. */
public final class CustomerImportPage extends VaadinPage {

    private CustomerImportPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("import-upload"));
        waitUntilIdle();
    }

    /** Opens the customer list and presses "Import customers". */
    public static CustomerImportPage openFromCustomerList(WebDriver driver, RapportServer server) {
        CustomerListPage.open(driver, server).importCustomers();
        return new CustomerImportPage(driver);
    }

    /** Hands {@code file} to the upload's file input, as choosing it in the file dialog does, and waits for the preview. */
    public CustomerImportPage upload(Path file) {
        WebElement upload = waitForVisible(By.id("import-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        waitForVisible(By.id("import-preview"));
        waitUntilIdle();
        return this;
    }

    /** Maps CSV column {@code column} (0 = first) to the field labelled {@code fieldLabel}. */
    public CustomerImportPage mapColumn(int column, String fieldLabel) {
        select("column-" + column, fieldLabel);
        return this;
    }

    /** The status the preview shows for data row {@code row} (0 = first). */
    public String previewStatus(int row) {
        return gridCell("import-preview", row, 1);
    }

    /** The text of preview cell {@code row}, {@code column} (the CSV's columns start at 3). */
    public String previewCell(int row, int column) {
        return gridCell("import-preview", row, column);
    }

    /** Presses Import and waits for the summary, pushed by the server when the import is done. */
    public CustomerImportPage importAndWait() {
        click(By.id("import-start"));
        new WebDriverWait(driver, TIMEOUT).withMessage("the import summary")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
        waitUntilIdle();
        return this;
    }

    public String outcome() {
        return waitForVisible(By.id("import-outcome")).getText();
    }

    /** A figure of the summary: {@code imported}, {@code duplicates} or {@code invalid}. */
    public String count(String figure) {
        return waitForVisible(By.id("import-" + figure)).getText();
    }

    /** Cell {@code column} of row {@code row} of the summary's problem list. */
    public String problem(int row, int column) {
        return gridCell("import-problems", row, column);
    }

    public CustomerListPage showCustomers() {
        click(By.id("import-show-customers"));
        return new CustomerListPage(driver);
    }
}
