package dev.rapport.it;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    /** The maintenance plans: the list by next due date, the chosen plan's actions and the work orders it made. */
    static final class MaintenancePlans extends VaadinPage {

        MaintenancePlans(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("field-maintenance"));
            waitUntilIdle();
        }

        static MaintenancePlans open(WebDriver driver, RapportServer server) {
            driver.get(server.url("field-service/maintenance"));
            return new MaintenancePlans(driver);
        }

        /** "New maintenance plan": the customer found by {@code search}, a one-hour visit every {@code days}. */
        MaintenancePlans create(String search, String customer, String title, String address, String skills,
                                int days, LocalDate firstDue) {
            click(By.id("plans-new"));
            waitForProperty("plan-dialog", "opened", true);
            pick("plan-customer", search, customer);
            type("plan-title", title);
            type("plan-address", address);
            type("plan-lat", "48.14");
            type("plan-lon", "11.58");
            type("plan-skills", skills);
            type("plan-interval", String.valueOf(days));
            // The date picker's text format follows the browser's locale: its ISO value is set instead.
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                    driver.findElement(By.id("plan-due")), firstDue.toString());
            waitUntilIdle();
            click(By.id("plan-save"));
            return this;
        }

        /** "Generate due work orders now"; returns the notification saying how many were made. */
        String generateDue() {
            click(By.id("plans-generate"));
            return new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("the generation's notification")
                    .until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                            .map(card -> card.getText().strip()).filter(text -> text.contains("work orders made"))
                            .findFirst().orElse(null));
        }

        /** Chooses the plan titled {@code title} in the list; its detail shows below. */
        MaintenancePlans choose(String title) {
            gridRowContaining("plans-grid", title);
            click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']"));
            waitForVisible(By.id("plan-detail"));
            return this;
        }

        /** The text of the links to the chosen plan's work orders, once one shows. */
        String firstWorkOrder() {
            return waitForVisible(By.cssSelector("a[id^='plan-order-']")).getText();
        }

        /** Follows the first work order's link; the work orders page shows that order alone. */
        WorkOrders openFirstWorkOrder() {
            click(By.cssSelector("a[id^='plan-order-']"));
            return new WorkOrders(driver);
        }
    }

    /** The work orders page. */
    static final class WorkOrders extends VaadinPage {

        WorkOrders(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("field-orders"));
            waitUntilIdle();
        }

        /** The cells of the first row showing {@code text}. */
        java.util.List<String> rowContaining(String text) {
            return gridRowContaining("orders-grid", text);
        }
    }
}
