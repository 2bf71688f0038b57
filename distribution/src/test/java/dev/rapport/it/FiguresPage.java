package dev.rapport.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The department figures page ({@code figures}). */
public final class FiguresPage extends VaadinPage {

    /** Grid columns: figure, from, value, period before, change. */
    private static final int FIGURE = 0;
    private static final int VALUE = 2;
    private static final int PREVIOUS = 3;

    private FiguresPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("figures"));
        waitUntilIdle();
    }

    /** Opens the page from the side navigation, as a user would. */
    public static FiguresPage fromMenu(WebDriver driver, RapportServer server) {
        ShellPage.open(driver, server).clickMenuEntry("nav-kernel-figures");
        return new FiguresPage(driver);
    }

    public String department() {
        return waitForVisible(By.cssSelector("#figures-department vaadin-select-value-button")).getText().strip();
    }

    public FiguresPage choosePeriod(String label) {
        select("figures-period", label);
        return this;
    }

    public String figure(int row) {
        return gridCell("figures", row, FIGURE);
    }

    public String value(int row) {
        return gridCell("figures", row, VALUE);
    }

    public String previous(int row) {
        return gridCell("figures", row, PREVIOUS);
    }
}
