package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer list. */
public final class CustomerListPage extends VaadinPage {

    CustomerListPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("customer-grid"));
        waitUntilIdle();
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

    /** The name in row {@code row} (0 = first) of the list. */
    public String name(int row) {
        return gridCell("customer-grid", row, 0);
    }
}
