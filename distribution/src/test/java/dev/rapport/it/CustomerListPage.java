package dev.rapport.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The customer list ({@code customers}), the start page. */
public final class CustomerListPage extends VaadinPage {

    private CustomerListPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("customer-grid"));
        waitUntilIdle();
    }

    /** Opens the list of the customers whose name starts with {@code prefix} (the filter is in the address). */
    public static CustomerListPage openFiltered(WebDriver driver, RapportServer server, String prefix) {
        driver.get(server.url("customers?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8).replace("+", "%20")));
        return new CustomerListPage(driver);
    }

    /** The name as shown in row {@code row} (0 = first, as sorted). */
    public String name(int row) {
        return gridCell("customer-grid", row, 0);
    }
}
