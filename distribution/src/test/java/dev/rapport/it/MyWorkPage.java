package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "My work": the signed-in user's open tasks and the department queues. */
public final class MyWorkPage extends VaadinPage {

    private MyWorkPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("my-tasks"));
        waitUntilIdle();
    }

    public static MyWorkPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("my-work"));
        return new MyWorkPage(driver);
    }

    /** The cells (due, priority, title, customer, source, actions) of my task whose row contains {@code text}. */
    public List<String> myTaskRowContaining(String text) {
        return gridRowContaining("my-tasks", text);
    }
}
