package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The account-notes plugin's page: the latest notes across all customers. */
public final class AccountNotesPage extends VaadinPage {

    private static final String GRID = "account-notes-grid";

    private AccountNotesPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id(GRID));
        waitUntilIdle();
    }

    public static AccountNotesPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("account-notes"));
        return new AccountNotesPage(driver);
    }

    /** The note texts the grid shows, newest first; waits until the grid has loaded and rendered its rows. */
    @SuppressWarnings("unchecked")
    public List<String> notes() {
        return (List<String>) new WebDriverWait(driver, TIMEOUT).withMessage("the notes grid to render")
                .until(d -> ((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        if (!grid || grid.loading) return null;
                        const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden);
                        if (grid.size > 0 && rows.length === 0) return null;
                        const bodies = rows.map(r => r.querySelectorAll('td')[1]._content)
                            .map(content => content ? content.textContent.trim() : null);
                        return bodies.includes(null) ? null : bodies;
                        """, GRID));
    }
}
