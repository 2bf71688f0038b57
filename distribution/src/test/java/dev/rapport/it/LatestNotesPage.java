package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The account-notes plugin's page of the latest notes ({@code account-notes}). */
public final class LatestNotesPage extends VaadinPage {

    static final String PATH = "account-notes";
    private static final By GRID = By.id("account-notes-grid");

    private LatestNotesPage(WebDriver driver) {
        super(driver);
        waitForVisible(GRID);
        waitUntilIdle();
    }

    public static LatestNotesPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url(PATH));
        return new LatestNotesPage(driver);
    }

    /** The cells (customer, note, written) of the first row containing {@code text}. */
    public java.util.List<String> rowContaining(String text) {
        return gridRowContaining("account-notes-grid", text);
    }

    /** Whether any part of the page is in the browser's document (visible or not). */
    public static boolean isInThePage(WebDriver driver) {
        return !driver.findElements(GRID).isEmpty() || !driver.findElements(By.id("account-notes-view")).isEmpty();
    }
}
