package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** What a user sees at the address of a page they may not open. */
public final class AccessDeniedPage extends VaadinPage {

    private AccessDeniedPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("access-denied"));
        waitUntilIdle();
    }

    /** Opens {@code path}, expecting to be refused. */
    public static AccessDeniedPage open(WebDriver driver, RapportServer server, String path) {
        driver.get(server.url(path));
        return new AccessDeniedPage(driver);
    }

    public String text() {
        return waitForVisible(By.id("access-denied")).getText();
    }
}
