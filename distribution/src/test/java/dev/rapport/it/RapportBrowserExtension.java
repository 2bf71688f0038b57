package dev.rapport.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Browser tests against the in-process platform ({@link RapportServer}, started once per test JVM).
 *
 * <p>Test methods declare what they need as parameters: {@link RapportServer} (its URL) and {@link WebDriver}
 * (a fresh headless Chromium per test method, quit after it). When a test fails, a screenshot and the page's
 * HTML are written next to the failsafe reports ({@code target/failsafe-reports/<class>.<method>.png|html}).
 * If Chromium or its driver is missing, the test fails with instructions; it is never skipped.
 */
public final class RapportBrowserExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RapportBrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        RapportServer.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == RapportServer.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        if (parameter.getParameter().getType() == RapportServer.class) {
            return RapportServer.get();
        }
        // Stored in the test method's store: JUnit closes it after the test, after afterEach has run.
        return extension.getStore(NAMESPACE).getOrComputeIfAbsent(Browsers.Browser.class,
                key -> Browsers.open(), Browsers.Browser.class).driver();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browsers.Browser browser = context.getStore(NAMESPACE).get(Browsers.Browser.class, Browsers.Browser.class);
        if (browser == null || context.getExecutionException().isEmpty()) {
            return;
        }
        Path reports = Path.of(System.getProperty("rapport.it.reports", "target/failsafe-reports"));
        String name = context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(reports);
            Files.write(reports.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            Files.writeString(reports.resolve(name + ".html"), browser.driver().getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser state of the failed test: " + reports.resolve(name + ".png"));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser state of the failed test " + name + ": " + e);
        }
    }
}
