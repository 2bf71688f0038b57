package dev.rapport.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The retention plugin's pages and the kernel's segment list, by the ids their views give their parts. */
final class RetentionPages {

    private RetentionPages() {
    }

    /** The Retention overview. */
    static final class Overview extends VaadinPage {

        private Overview(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("retention-overview"));
            waitUntilIdle();
        }

        static Overview open(WebDriver driver, RapportServer server) {
            driver.get(server.url("retention"));
            return new Overview(driver);
        }

        /**
         * Scores all customers now and waits for the figures; returns whether the job's progress bar was shown on
         * the way (watched in the browser, as the run may end between two of the test's looks).
         */
        boolean scoreNowAndWait(Duration timeout) {
            ((JavascriptExecutor) driver).executeScript("""
                    window.retentionProgressSeen = false;
                    new MutationObserver(() => {
                        if (document.querySelector('.job-run-progress')) window.retentionProgressSeen = true;
                    }).observe(document.body, {childList: true, subtree: true});
                    """);
            click(By.id("retention-score-now"));
            new WebDriverWait(driver, timeout).withMessage("the scoring run's figures")
                    .until(d -> !d.findElements(By.id("retention-auc")).isEmpty()
                            && d.findElements(By.cssSelector(".job-run-progress")).isEmpty());
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.retentionProgressSeen;"));
        }

        String valueDistributionSummary() {
            return visibleText("retention-distribution-summary");
        }
    }

    /** The churn list. */
    static final class ChurnList extends VaadinPage {

        private ChurnList(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("churn-grid"));
            waitUntilIdle();
        }

        static ChurnList open(WebDriver driver, RapportServer server) {
            driver.get(server.url("retention/churn"));
            return new ChurnList(driver);
        }

        ChurnList highValueOnly() {
            click(By.id("churn-high-value"));
            waitForProperty("churn-high-value", "checked", true);
            waitUntilIdle();
            return this;
        }

        /** The cells (customer, risk, band, value, RFM class, reasons) of the row of {@code customerName}. */
        java.util.List<String> rowOf(String customerName) {
            return gridRowContaining("churn-grid", customerName);
        }

        /** Saves the high-risk customers as a segment; returns the text of the notifications shown. */
        String saveAtRiskSegment() {
            click(By.id("churn-save-segment"));
            return new WebDriverWait(driver, TIMEOUT).withMessage("a notification").until(d -> {
                Object text = ((JavascriptExecutor) d).executeScript("""
                        return [...document.querySelectorAll('vaadin-notification-card')]
                            .map(card => card.textContent.trim()).join(' ');
                        """);
                return text == null || text.toString().isBlank() ? null : text.toString();
            });
        }
    }

    /** The kernel's segment list and its editor's preview. */
    static final class Segments extends VaadinPage {

        private Segments(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("segments"));
            waitUntilIdle();
        }

        static Segments open(WebDriver driver, RapportServer server) {
            driver.get(server.url("segments"));
            return new Segments(driver);
        }

        /** Opens segment {@code segmentId} in the editor and previews its members; returns the preview's text. */
        String previewMembers(long segmentId) {
            click(By.id("segment-edit-" + segmentId));
            waitForProperty("segment-dialog", "opened", true);
            click(By.id("segment-preview-button"));
            waitForVisible(By.id("segment-preview"));
            return visibleText("segment-preview-count");
        }

        /** The preview grid's row of {@code customerName}. */
        java.util.List<String> previewRowOf(String customerName) {
            return gridRowContaining("segment-preview", customerName);
        }
    }
}
