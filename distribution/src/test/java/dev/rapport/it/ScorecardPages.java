package dev.rapport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** The balanced scorecard plugin's page ({@code scorecard}) and its editor ({@code scorecard/edit/<department>}). */
public final class ScorecardPages extends VaadinPage {

    /** Grid columns of the KPIs: objective, KPI, value, target, previous, status, score, records. */
    private static final int KPI = 1;
    private static final int STATUS = 5;

    private ScorecardPages(WebDriver driver) {
        super(driver);
        waitUntilIdle();
    }

    public static ScorecardPages open(WebDriver driver, RapportServer server) {
        driver.get(server.url("scorecard"));
        ScorecardPages page = new ScorecardPages(driver);
        page.waitForVisible(By.id("scorecard-view"));
        return page;
    }

    /** From the scorecard page without a scorecard: the editor, then the template of the department's kind. */
    public ScorecardPages buildFromTemplate() {
        click(By.id("scorecard-edit"));
        waitForVisible(By.id("scorecard-editor"));
        click(By.id("scorecard-apply-template"));
        waitForVisible(By.id("objective-0"));
        return this;
    }

    /** Types the monthly target of the KPI {@code kpi} of the objective {@code objective} (0-based). */
    public ScorecardPages monthlyTarget(int objective, int kpi, String target) {
        type("kpi-" + objective + "-" + kpi + "-target-month", target);
        return this;
    }

    public ScorecardPages save() {
        click(By.id("scorecard-save"));
        waitForVisible(By.id("scorecard-kpis"));
        return this;
    }

    public ScorecardPages choosePeriod(String label) {
        select("scorecard-period", label);
        return this;
    }

    public String kpi(int row) {
        return gridCell("scorecard-kpis", row, KPI);
    }

    public String status(int row) {
        return gridCell("scorecard-kpis", row, STATUS);
    }

    /** Opens the records behind the KPI in {@code row} and returns the dialog's text. */
    public String recordsOf(int row) {
        click(By.id("scorecard-records-" + row));
        return waitForVisible(By.id("scorecard-drilldown")).getText();
    }

    public HttpResponse<byte[]> downloadPdf() {
        String href = waitForVisible(By.id("scorecard-pdf")).getDomProperty("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
