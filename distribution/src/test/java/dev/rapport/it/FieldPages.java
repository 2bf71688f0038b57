package dev.rapport.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The field service plugin's pages, by the ids its views give their parts. */
final class FieldPages {

    private FieldPages() {
    }

    /** The dispatch board of today: a row per technician with their jobs, the unassigned jobs beside it. */
    static final class DispatchBoard extends VaadinPage {

        DispatchBoard(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("field-board"));
            waitUntilIdle();
        }

        static DispatchBoard open(WebDriver driver, RapportServer server) {
            driver.get(server.url("field-service/board"));
            return new DispatchBoard(driver);
        }

        /** Starts "Plan the day"; returns once its progress bar shows. */
        DispatchBoard planTheDay() {
            click(By.id("board-plan"));
            waitForVisible(By.cssSelector("#field-board .job-run-progress"));
            return this;
        }

        /** Waits (the solver's time limit at most, and some) until the job is on the technician's row. */
        DispatchBoard waitForJobOnRoute(long workOrderId, long technicianId) {
            new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500))
                    .withMessage("work order " + workOrderId + " on the route of " + technicianId)
                    .until(d -> !d.findElements(By.cssSelector("#route-" + technicianId + " #job-" + workOrderId))
                            .isEmpty());
            waitUntilIdle();
            return this;
        }

        boolean isOnRoute(long workOrderId, long technicianId) {
            return isPresent(By.cssSelector("#route-" + technicianId + " #job-" + workOrderId));
        }

        /** Opens the job's dialog and moves it to the technician named {@code technician}, first in their route. */
        DispatchBoard move(long workOrderId, String technician) {
            click(By.id("job-" + workOrderId));
            waitForProperty("job-dialog", "opened", true);
            select("job-technician", technician);
            type("job-position", "1");
            click(By.id("job-move"));
            return this;
        }

        DispatchBoard dispatch() {
            click(By.id("board-dispatch"));
            return this;
        }
    }

    /** The technician's day on a phone: today's dispatched jobs, each a card with its next step. */
    static final class MyDay extends VaadinPage {

        MyDay(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("field-my-day"));
            waitUntilIdle();
        }

        static MyDay open(WebDriver driver, RapportServer server) {
            driver.get(server.url("field-service/my-day"));
            return new MyDay(driver);
        }

        boolean shows(long workOrderId) {
            return isPresent(By.id("my-job-" + workOrderId));
        }

        /** Start travel, Arrived, the parts used, the customer's name as signature, Complete. */
        MyDay complete(long workOrderId, long partId, int used, String signature) {
            click(By.cssSelector("#my-job-" + workOrderId + " #my-start-travel"));
            click(By.cssSelector("#my-job-" + workOrderId + " #my-arrive"));
            type("my-used-" + partId, String.valueOf(used));
            type("my-signature", signature);
            click(By.id("my-complete"));
            waitForVisible(By.id("my-job-" + workOrderId));
            return this;
        }

        /** The text of the job's card (title, customer, address, times, status). */
        String card(long workOrderId) {
            return visibleText("my-job-" + workOrderId);
        }
    }

    /** The parts stock: a row per location and part. */
    static final class Stock extends VaadinPage {

        Stock(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("field-stock"));
            waitUntilIdle();
        }

        static Stock open(WebDriver driver, RapportServer server) {
            driver.get(server.url("field-service/stock"));
            return new Stock(driver);
        }

        /** The cells of the row of {@code location}: location, part, on hand, reserved, free, reorder point. */
        java.util.List<String> row(String location) {
            return gridRowWithCell("stock-grid", 0, location);
        }
    }
}
