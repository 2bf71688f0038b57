package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The calendar ({@code calendar}): the signed-in person's week, with tasks and appointments. */
public final class CalendarPage extends VaadinPage {

    private CalendarPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("calendar-board"));
        waitUntilIdle();
    }

    /** Opens the person's own calendar, the current week. */
    public static CalendarPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("calendar"));
        return new CalendarPage(driver);
    }

    /** What the appointment's entry reads, e.g. "12:00 PM Meeting: Quarterly review · Mia Morning". */
    public String appointment(long appointmentId) {
        return waitForVisible(By.id("calendar-entry-appointment-" + appointmentId)).getText();
    }

    /** Whether the appointment is shown in the hour slot of {@code day} (ISO date) and {@code hour} (0 to 23). */
    public boolean appointmentIsAt(long appointmentId, String day, int hour) {
        return isPresent(By.cssSelector("#calendar-slot-" + day + "-" + hour + " #calendar-entry-appointment-" + appointmentId));
    }

    /**
     * Reschedules the appointment the keyboard's way: opens its entry, types the new time of day (e.g. "3:00 PM")
     * into the dialog's time field and presses Move; waits until the dialog has closed.
     */
    public CalendarPage moveAppointment(long appointmentId, String time) {
        click(By.id("calendar-entry-appointment-" + appointmentId));
        waitForProperty("calendar-move-dialog", "opened", true);
        WebElement input = waitForVisible(By.cssSelector("#calendar-move-time input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, time, Keys.ENTER);
        waitUntilIdle();
        click(By.id("calendar-move-save"));
        new WebDriverWait(driver, TIMEOUT).withMessage("the move dialog to close")
                .until(d -> !Boolean.TRUE.equals(property("calendar-move-dialog", "opened")));
        waitUntilIdle();
        return this;
    }
}
