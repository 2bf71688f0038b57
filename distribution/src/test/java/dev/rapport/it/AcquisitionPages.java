package dev.rapport.it;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The acquisition plugin's screens, as a user sees and works them. */
public final class AcquisitionPages {

    private AcquisitionPages() {
    }

    /** The campaign list. */
    public static final class CampaignsPage extends VaadinPage {

        CampaignsPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("campaign-grid"));
            waitUntilIdle();
        }

        public static CampaignsPage open(WebDriver driver, RapportServer server) {
            driver.get(server.url("acquisition/campaigns"));
            return new CampaignsPage(driver);
        }

        /** Types a date into a date picker and commits it (Enter), so its calendar closes again. */
        private void typeDate(String id, String date) {
            var input = waitForVisible(By.cssSelector("#" + id + " input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    Keys.DELETE, date, Keys.ENTER);
            new WebDriverWait(driver, TIMEOUT).withMessage("the calendar to close")
                    .until(d -> !Boolean.TRUE.equals(property(id, "opened")));
            waitUntilIdle();
        }

        /** Opens the campaign named {@code name} from the list. */
        public CampaignPage openCampaign(String name) {
            type("campaign-search", name);
            click(By.xpath("//a[contains(@class,'campaign-link') and normalize-space(.)='" + name + "']"));
            return new CampaignPage(driver);
        }

        /** Plans a campaign starting today; the browser then shows it. */
        public CampaignPage create(String name, String channel, LocalDate endsOn, String budget, String actualCost) {
            click(By.id("campaign-new"));
            waitForProperty("campaign-dialog", "opened", true);
            type("campaign-name", name);
            pick("campaign-channels", channel, channel);
            typeDate("campaign-ends-on", endsOn.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
            type("campaign-budget", budget);
            type("campaign-actual-cost", actualCost);
            click(By.id("campaign-save"));
            return new CampaignPage(driver);
        }
    }

    /** One campaign. */
    public static final class CampaignPage extends VaadinPage {

        CampaignPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("campaign-title"));
            waitUntilIdle();
        }

        public String title() {
            return waitForVisible(By.id("campaign-title")).getText();
        }

        /** The key figure shown in the results, e.g. {@code result-leads}. */
        public String figure(String id) {
            return waitForVisible(By.cssSelector("#" + id + " .figure-value")).getText();
        }

        /** Sets up a web form for the campaign on its web forms tab; returns the token its website posts with. */
        public String createWebForm(String name) {
            click(By.id("campaign-tab-web-forms"));
            click(By.id("web-form-new"));
            waitForProperty("web-form-dialog", "opened", true);
            type("web-form-name", name);
            click(By.id("web-form-save"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the new web form's token").until(d -> token() != null);
            return token();
        }

        private String token() {
            Object value = ((JavascriptExecutor) driver).executeScript("""
                    const field = document.querySelector('[id^="web-form-token-"]');
                    return field && field.value ? field.value : null;
                    """);
            return value == null ? null : value.toString();
        }
    }

    /** The scoring rules (managers). */
    public static final class ScoringRulesPage extends VaadinPage {

        ScoringRulesPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("scoring-rule-grid"));
            waitUntilIdle();
        }

        public static ScoringRulesPage open(WebDriver driver, RapportServer server) {
            driver.get(server.url("acquisition/scoring"));
            return new ScoringRulesPage(driver);
        }

        /** Adds a rule giving {@code points} when the field labelled {@code field} matches {@code value}. */
        public ScoringRulesPage addFieldRule(String field, String value, int points) {
            click(By.id("scoring-rule-new"));
            waitForProperty("scoring-rule-dialog", "opened", true);
            select("rule-field", field);
            type("rule-value", value);
            type("rule-points", String.valueOf(points));
            click(By.id("rule-save"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the dialog to close")
                    .until(d -> !Boolean.TRUE.equals(property("scoring-rule-dialog", "opened")));
            return this;
        }
    }

    /** Lead routing and forms (managers). */
    public static final class LeadRoutingPage extends VaadinPage {

        LeadRoutingPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("assignment-rule-grid"));
            waitUntilIdle();
        }

        public static LeadRoutingPage open(WebDriver driver, RapportServer server) {
            driver.get(server.url("acquisition/settings"));
            return new LeadRoutingPage(driver);
        }

        /** Sends the leads from {@code countries} to the user shown as {@code userName}. */
        public LeadRoutingPage addTerritoryRule(String countries, String userName) {
            click(By.id("assignment-rule-new"));
            waitForProperty("assignment-rule-dialog", "opened", true);
            type("assignment-countries", countries);
            choose("assignment-target", "one person");
            pick("assignment-user", userName, userName);
            click(By.id("assignment-save"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the dialog to close")
                    .until(d -> !Boolean.TRUE.equals(property("assignment-rule-dialog", "opened")));
            return this;
        }

        /** What the rules' "takes" column says, top to bottom. */
        public String rule(int row) {
            return gridCell("assignment-rule-grid", row, 1);
        }
    }

    /** The lead list. */
    public static final class LeadsPage extends VaadinPage {

        LeadsPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("lead-grid"));
            waitUntilIdle();
        }

        public static LeadsPage open(WebDriver driver, RapportServer server) {
            driver.get(server.url("acquisition/leads"));
            return new LeadsPage(driver);
        }

        public LeadsPage search(String text) {
            type("lead-filter-text", text);
            return this;
        }

        /** The name, status, score and owner shown in row {@code row}. */
        public List<String> row(int row) {
            return List.of(gridCell("lead-grid", row, 0), gridCell("lead-grid", row, 1), gridCell("lead-grid", row, 2),
                    gridCell("lead-grid", row, 3));
        }

        /**
         * Captures a lead by hand through the list's form (a phone inquiry, with data no other lead or customer
         * has, so the duplicate check lets it through). The browser then shows the new lead.
         */
        public LeadPage create(String firstName, String lastName, String company, String email) {
            click(By.id("lead-new"));
            waitForProperty("lead-dialog", "opened", true);
            type("lead-first-name", firstName);
            type("lead-last-name", lastName);
            type("lead-company", company);
            type("lead-email", email);
            click(By.id("lead-save"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the new lead's page")
                    .until(d -> d.getCurrentUrl().matches(".*/acquisition/leads/\\d+$"));
            return new LeadPage(driver);
        }

        /** Opens the lead named {@code name} through its link in the list. */
        public LeadPage open(String name) {
            click(By.xpath("//a[contains(@class,'lead-link') and normalize-space(.)='" + name + "']"));
            return new LeadPage(driver);
        }
    }

    /** One lead. */
    public static final class LeadPage extends VaadinPage {

        LeadPage(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("lead-name"));
            waitUntilIdle();
        }

        public String name() {
            return waitForVisible(By.id("lead-name")).getText();
        }

        public String status() {
            return waitForVisible(By.id("lead-status")).getText();
        }

        public String score() {
            return waitForVisible(By.id("lead-score")).getText();
        }

        /** The rules that gave the lead points, as the score tab explains them. */
        public List<String> scoreExplanation() {
            click(By.id("lead-tab-score"));
            String first = gridCell("lead-score-lines", 0, 0);
            List<String> lines = new java.util.ArrayList<>(List.of(first));
            for (int row = 1; row < 10 && rowExists("lead-score-lines", row); row++) {
                lines.add(gridCell("lead-score-lines", row, 0) + " " + gridCell("lead-score-lines", row, 1));
            }
            return lines;
        }

        private boolean rowExists(String gridId, int row) {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                    const grid = document.getElementById(arguments[0]);
                    return [...grid.shadowRoot.querySelectorAll('#items tr')].some(r => !r.hidden && r.index === arguments[1]);
                    """, gridId, row));
        }

        /** Converts the lead into a new customer with the dialog's proposals; the browser shows the customer. */
        public Customer360Page convertToNewCustomer() {
            click(By.id("lead-convert"));
            waitForProperty("convert-dialog", "opened", true);
            choose("convert-target", "a new customer");
            click(By.id("convert-confirm"));
            new WebDriverWait(driver, TIMEOUT).withMessage("the customer's 360° view")
                    .until(d -> d.getCurrentUrl().matches(".*/customers/\\d+$"));
            return new Customer360Page(driver);
        }
    }

    /** The acquisition tab of a customer's 360° view. */
    public static final class AcquisitionTab extends VaadinPage {

        AcquisitionTab(WebDriver driver) {
            super(driver);
            waitForVisible(By.id("acquisition-tab"));
        }

        /** The name of the lead the customer came from. */
        public String leadName() {
            return waitForVisible(By.cssSelector("#acquisition-tab .acquisition-tab-lead-link")).getText();
        }

        public String campaignName() {
            return waitForVisible(By.cssSelector("#acquisition-tab .acquisition-tab-campaign")).getText();
        }

        /** Row {@code row} of the customer's campaign responses: when, campaign, response, recorded. */
        public String response(int row, int column) {
            return gridCell("acquisition-tab-responses", row, column);
        }
    }
}
