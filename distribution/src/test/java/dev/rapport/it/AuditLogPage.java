package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrators' audit log ({@code admin/audit}). */
public final class AuditLogPage extends VaadinPage {

    private AuditLogPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("audit-entries"));
        waitUntilIdle();
    }

    public static AuditLogPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("admin/audit"));
        return new AuditLogPage(driver);
    }

    /** Shows only the entries about the record with {@code subjectId}, e.g. a customer id. */
    public AuditLogPage filterBySubject(String subjectId) {
        type("audit-subject", subjectId);
        return this;
    }

    /**
     * The cells (when, who, action, subject, details, address) of the newest entry shown about {@code subject}
     * (as the page shows it, e.g. "customer 42").
     */
    public List<String> entryAbout(String subject) {
        return gridRowWithCell("audit-entries", 3, subject);
    }
}
