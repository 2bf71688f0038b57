package dev.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.it.Browsers;
import dev.rapport.it.LoginPage;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.runtime.PluginZips;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An ordinary stop (SIGTERM, as Ctrl+C or a service manager sends it) of a demo installation with a plugin's view
 * and a listener at work, and a signed-in browser page open (its push connection too): the process ends within the bound, stops the web server, then the plugins, then the event
 * dispatcher, then the database, and says so in one line, and its console holds no warning, no error and no stack
 * trace from start to end (the class data sharing archive written at that first stop included).
 */
class OrderlyStopIT {

    private static final Pattern WARNING_OR_ERROR = Pattern.compile(
            "^\\S+ \\S+ (WARN|ERROR) |\\[(warning|error)\\]|Exception|^\\s+at |\\[cds\\]");
    private static final Pattern STOPPED = Pattern.compile(
            "Rapport CRM stopped in (\\d+) ms: web server \\d+ ms, mail IDLE \\d+ ms, background jobs \\d+ ms, "
                    + "plugins \\d+ ms, (?:[a-z ]+ \\d+ ms, )*event dispatcher \\d+ ms, database \\d+ ms$");
    /**
     * After the platform's stop, the JVM writes the class data sharing archive at the first stop of an installation
     * (once; later starts use it): a few seconds, more on a busy machine.
     */
    private static final Duration ARCHIVE_ALLOWANCE = Duration.ofSeconds(60);

    @Test
    void sigtermStopsInOrderWithinTheBoundAndQuietly() throws Exception {
        try (Installation installation = Installation.fresh("stop", PluginZips.ACCOUNT_NOTES,
                PluginZips.EVENT_RECORDER).with("RAPPORT_DEMO_CUSTOMERS", "100")) {
            RapportProcess rapport = installation.start();
            RecorderClient client = new RecorderClient(rapport.url());
            long customer = client.createCustomer("Stop");
            for (int i = 0; i < 20; i++) {
                assertThat(client.appendInteraction(customer, "Before the stop " + i)).isPresent();
            }

            Duration took;
            try (Browsers.Browser browser = Browsers.open()) {
                signInAndOpenTheCustomers(browser.driver(), rapport.url().toString());
                took = rapport.stop(RapportPlatform.STOP_TIMEOUT.plus(ARCHIVE_ALLOWANCE));
            }

            List<String> console = rapport.console();
            assertThat(took).as("time from SIGTERM to the end of the process")
                    .isLessThan(RapportPlatform.STOP_TIMEOUT.plus(ARCHIVE_ALLOWANCE));
            assertThat(console).as("warnings, errors and stack traces on the console")
                    .filteredOn(line -> WARNING_OR_ERROR.matcher(line).find()).isEmpty();
            assertThat(console).as("the one line that says it stopped, naming what it stopped in order")
                    .anyMatch(line -> STOPPED.matcher(line).find());
            console.stream().map(STOPPED::matcher).filter(Matcher::find).forEach(stopped -> assertThat(
                    Duration.ofMillis(Long.parseLong(stopped.group(1)))).as("the platform's own stop")
                    .isLessThanOrEqualTo(RapportPlatform.STOP_TIMEOUT));
            assertThat(rapport.orphans()).as("processes left running").isEmpty();
        }
    }

    /** Signs in with the README's demo account and opens the customer list, as a user left at their desk. */
    private static void signInAndOpenTheCustomers(WebDriver driver, String url) {
        String base = url.endsWith("/") ? url : url + "/";
        driver.get(base + "login");
        LoginPage.current(driver).submit("admin", "rapport-demo");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(base + "customers");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("customer-grid")).isEmpty());
    }
}
