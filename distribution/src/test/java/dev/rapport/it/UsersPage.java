package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' Users page ({@code admin/users}): every user; a click on one opens its editor. */
public final class UsersPage extends VaadinPage {

    private static final String GRID = "users";
    private static final int STATUS_COLUMN = 4;

    private UsersPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id(GRID));
        waitUntilIdle();
    }

    public static UsersPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("admin/users"));
        return new UsersPage(driver);
    }

    /** Opens the user's editor, clears "Active" and saves; waits until the list shows it. */
    public UsersPage deactivate(String username) {
        WebElement row = cell(username, 0);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
        waitForProperty("user-dialog", "opened", true);
        if (Boolean.TRUE.equals(property("user-active", "checked"))) {
            click(By.cssSelector("#user-active > label"));
        }
        waitForProperty("user-active", "checked", false);
        click(By.id("user-save"));
        new WebDriverWait(driver, TIMEOUT).withMessage(username + " shown as deactivated")
                .until(d -> "Deactivated".equals(status(username)));
        return this;
    }

    /** The status the list shows for the user, e.g. "Active" or "Deactivated". */
    public String status(String username) {
        return cell(username, STATUS_COLUMN).getText().strip();
    }

    /** The content of the cell in {@code column} of the user's row; waits until the row is rendered. */
    private WebElement cell(String username, int column) {
        return new WebDriverWait(driver, TIMEOUT).withMessage("the row of " + username)
                .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        if (!grid || grid.loading) return null;
                        const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden
                            && r.querySelector('td') && r.querySelector('td')._content
                            && r.querySelector('td')._content.textContent.trim() === arguments[1]);
                        const cell = row && row.querySelectorAll('td')[arguments[2]];
                        return cell && cell._content ? cell._content : null;
                        """, GRID, username, column));
    }
}
