package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The application shell: what the root URL shows. */
public final class ShellPage extends VaadinPage {

    private static final By APP_LAYOUT = By.tagName("vaadin-app-layout");

    private ShellPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the root URL and waits until Vaadin has rendered it. */
    public static ShellPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url().toString());
        ShellPage page = new ShellPage(driver);
        page.waitUntilIdle();
        return page;
    }

    public WebElement appLayout() {
        return waitForVisible(APP_LAYOUT);
    }
}
