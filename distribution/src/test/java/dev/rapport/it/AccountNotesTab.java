package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The account-notes plugin's "Notes" tab on the customer 360° view. */
public final class AccountNotesTab extends VaadinPage {

    private static final By NOTES = By.cssSelector("#account-notes-tab .account-note");

    AccountNotesTab(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("account-notes-body"));
    }

    /** Writes a note, adds it, and waits until the tab lists it. */
    public AccountNotesTab add(String text) {
        int before = notes().size();
        type("account-notes-body", text);
        click(By.id("account-notes-add"));
        new WebDriverWait(driver, TIMEOUT).withMessage("the new note in the tab").until(d -> notes().size() > before);
        return this;
    }

    /** The notes the tab lists: pinned first, then newest first. */
    public List<String> notes() {
        return all(NOTES).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
