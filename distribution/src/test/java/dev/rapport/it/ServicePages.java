package dev.rapport.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer service plugin's pages, by the ids its views give their parts. */
final class ServicePages {

    private ServicePages() {
    }

    /** The "Service" tab of a customer's 360° view. */
    static final class ServiceTab extends VaadinPage {

        ServiceTab(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("service-tab"));
        }

        /** Turns the newest inbound contact into a request with the dialog's proposals; opens the request. */
        RequestPage makeRequestFromNewestContact() {
            click(By.cssSelector("#service-tab-contacts .service-tab-make-request"));
            click(By.id("new-request-save"));
            return new RequestPage(driver);
        }
    }

    /** The queue page with one queue chosen. */
    static final class QueuePage extends VaadinPage {

        private QueuePage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("service-queue"));
        }

        static QueuePage open(WebDriver driver, RapportServer server, String queueName) {
            driver.get(server.url("service/queue"));
            QueuePage page = new QueuePage(driver);
            page.select("queue-select", queueName);
            return page;
        }

        /** Whether a row shows the request's link text ("#12 Subject"); waits for the grid to render it. */
        boolean hasRequest(String linkText) {
            return !gridRowContaining("queue-grid", linkText).isEmpty();
        }
    }

    /** A service request's page. */
    static final class RequestPage extends VaadinPage {

        RequestPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("service-request"));
        }

        static RequestPage open(WebDriver driver, RapportServer server, long requestId) {
            driver.get(server.url("service/requests/" + requestId));
            return new RequestPage(driver);
        }

        /** Merges the likely duplicate {@code duplicateId} into this request, confirming the dialog that asks first. */
        RequestPage mergeDuplicate(long duplicateId) {
            click(By.id("merge-" + duplicateId));
            waitForProperty("service-confirm-merge", "opened", true);
            click(By.xpath("//vaadin-confirm-dialog[@id='service-confirm-merge']/vaadin-button[@slot='confirm-button']"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the duplicate gone from the list")
                    .until(d -> d.findElements(By.id("merge-" + duplicateId)).isEmpty());
            return this;
        }

        /** The line of a merged request that links to the request it was merged into. */
        String mergedInto() {
            return waitForVisible(By.id("request-merged-into")).getText();
        }

        String status() {
            return waitForVisible(By.id("request-status")).getText();
        }

        /** The state of a clock bar by its CSS class: running, paused, met or breached. */
        String resolutionClock() {
            String classes = waitForVisible(By.id("request-clock-resolution")).getAttribute("class");
            for (String state : new String[] {"running", "paused", "met", "breached"}) {
                if (classes.contains("service-clock-" + state)) {
                    return state;
                }
            }
            return classes;
        }

        RequestPage reply(String text, String thenStatus) {
            type("request-text", text);
            select("request-reply-then", thenStatus);
            click(By.id("request-reply"));
            return waitForStatus(thenStatus);
        }

        RequestPage moveTo(String status) {
            select("request-next-status", status);
            click(By.id("request-move"));
            return waitForStatus(status);
        }

        /** Reloads the page until the request shows {@code status} (a listener changes it in the background). */
        RequestPage reloadUntilStatus(String status) {
            new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2))
                    .withMessage("the request to become " + status).until(d -> {
                        d.navigate().refresh();
                        return new RequestPage(d).status().equals(status);
                    });
            return new RequestPage(driver);
        }

        String surveyLink() {
            return waitForVisible(By.cssSelector("#survey-link input")).getAttribute("value");
        }

        private RequestPage waitForStatus(String status) {
            new WebDriverWait(driver, TIMEOUT).withMessage("status " + status)
                    .until(d -> status.equals(d.findElement(By.id("request-status")).getText()));
            return this;
        }
    }

    /** The public survey page a customer opens from the invitation's link, without signing in. */
    static final class SurveyPage extends VaadinPage {

        SurveyPage(WebDriver driver, String link) {
            super(driver);
            driver.get(link);
            waitForVisible(By.id("survey-send"));
        }

        String answer(int score, String comment) {
            driver.findElement(By.id("score-" + score)).click();
            driver.findElement(By.id("comment")).sendKeys(comment);
            driver.findElement(By.id("survey-send")).click();
            return waitForVisible(By.id("survey-thanks")).getText();
        }
    }
}
