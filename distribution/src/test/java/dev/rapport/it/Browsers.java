package dev.rapport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (system properties {@code rapport.it.chromium} and {@code rapport.it.chromedriver} override them), both set
 * explicitly so that Selenium Manager never looks for, or downloads, a browser or a driver.
 */
public final class Browsers {

    private Browsers() {
    }

    /** A new browser with a fresh profile; {@link Browser#close()} quits it and deletes the profile. */
    public static Browser open() {
        Path chromium = executable("rapport.it.chromium", "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable("rapport.it.chromedriver", "/usr/bin/chromedriver", "ChromeDriver");
        Path profile;
        try {
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            profile = Files.createTempDirectory(tmp, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a browser profile directory", e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--no-first-run",
                "--no-default-browser-check",
                "--window-size=1400,1000",
                "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw new IllegalStateException("Headless Chromium did not start (" + chromium + " with " + chromedriver
                    + "): " + e.getMessage(), e);
        }
    }

    private static Path executable(String property, String defaultPath, String what) {
        Path path = Path.of(System.getProperty(property, defaultPath));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " is missing: " + path + " is not an executable file. "
                    + "The browser tests need Debian's Chromium and its driver: "
                    + "`sudo apt-get install -y chromium chromium-driver` (.ci/run installs them), "
                    + "or point -D" + property + "=<path> at another one.");
        }
        return path;
    }

    static void deleteQuietly(Path directory) {
        try {
            RapportServer.deleteRecursively(directory);
        } catch (IOException | UncheckedIOException e) {
            // Chromium may still be writing to its profile while it exits; the folder lies in target/.
        }
    }

    /** An open browser and the profile folder it owns. */
    public record Browser(WebDriver driver, Path profile) implements AutoCloseable {

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }
    }
}
