package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The home page people see after signing in ({@code ""}). */
public final class HomePage extends VaadinPage {

    private HomePage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("home-tasks"));
        waitUntilIdle();
    }

    /** The home page the browser shows now (e.g. right after signing in). */
    public static HomePage current(WebDriver driver) {
        return new HomePage(driver);
    }

    /** Opens the home page, e.g. to see it again after working elsewhere. */
    public static HomePage open(WebDriver driver, RapportServer server) {
        driver.get(server.url(""));
        return new HomePage(driver);
    }

    /** Whether "My open tasks" lists the task. */
    public boolean listsTask(long taskId) {
        return isPresent(By.id("home-task-" + taskId));
    }

    /** The text of the card for today: its appointments and the tasks due today. */
    public String today() {
        return waitForVisible(By.id("home-today")).getText();
    }

    /**
     * The totals line of a key figure of the department ({@code company} for an administrator), e.g. "Last 12
     * months: 1 · 12 months before: 0"; {@code figure} as the kernel names it, e.g. {@code tasksCompleted}.
     */
    public String figureTotals(String departmentId, String figure) {
        return waitForVisible(By.cssSelector("#home-figures-" + departmentId + "-figures-" + figure + " span")).getText();
    }

    /** The task's line in "My open tasks". */
    public WebElement task(long taskId) {
        return waitForVisible(By.id("home-task-" + taskId));
    }

    /** Whether the task's line is marked overdue. */
    public boolean isOverdue(long taskId) {
        String classes = task(taskId).findElement(By.xpath("..")).getDomAttribute("class");
        return classes != null && classes.contains("overdue");
    }

    /** The number of drawn charts of the department's key figures ({@code company} for an administrator). */
    public int chartsOf(String departmentId) {
        return all(By.cssSelector("#home-figures-" + departmentId + " .rapport-chart svg")).size();
    }

    /** Opens the task where it is worked: its customer's 360° view. */
    public Customer360Page openTask(long taskId) {
        task(taskId).click();
        return new Customer360Page(driver);
    }
}
