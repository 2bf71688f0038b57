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

    /** Whether my tasks include one whose row contains {@code text} (the grid has loaded when this answers). */
    public boolean hasTaskContaining(String text) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const grid = document.getElementById('my-tasks');
                if (!grid || grid.loading) return false;
                return [...grid.shadowRoot.querySelectorAll('#items tr')].some(row => !row.hidden
                    && [...row.querySelectorAll('td')].some(cell => cell._content
                        && cell._content.textContent.includes(arguments[0])));
                """, text));
    }
}
