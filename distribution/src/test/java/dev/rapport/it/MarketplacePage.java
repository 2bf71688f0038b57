package dev.rapport.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' Marketplace page ({@code admin/marketplace}). */
public final class MarketplacePage extends VaadinPage {

    private static final String GRID = "marketplace-plugins";
    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(60);

    /** Finds {@code row}: the rendered grid row of the plugin {@code arguments[1]} in the grid {@code arguments[0]}. */
    private static final String FIND_ROW = """
            const grid = document.getElementById(arguments[0]);
            const row = !grid || grid.loading ? null : [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => {
                const first = r.querySelector('td');
                const id = first && first._content ? first._content.querySelector('.offer-id') : null;
                return !r.hidden && id && id.textContent.trim().split(' ')[0] === arguments[1];
            });
            """;

    private MarketplacePage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id(GRID));
        waitUntilIdle();
    }

    public static MarketplacePage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("admin/marketplace"));
        return new MarketplacePage(driver);
    }

    /**
     * Types into the search field and waits until the list shows only matching plugins (the field sends its
     * value after a short pause, not at once).
     */
    public MarketplacePage search(String text) {
        WebElement input = waitForVisible(By.cssSelector("#marketplace-search input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        new WebDriverWait(driver, TIMEOUT).withMessage("only plugins matching " + text + " listed")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        if (!grid || grid.loading) return false;
                        const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden);
                        return rows.length > 0 && rows.every(r => {
                            const first = r.querySelector('td');
                            return first && first._content
                                && first._content.innerText.toLowerCase().includes(arguments[1].toLowerCase());
                        });
                        """, GRID, text)));
        waitUntilIdle();
        return this;
    }

    /** The text of the plugin's row, cell by cell (name, id, provider, versions, state, actions). */
    public String row(String pluginId) {
        rowElement(pluginId, ".offer-name");
        return String.valueOf(((JavascriptExecutor) driver).executeScript(FIND_ROW + """
                return row ? [...row.querySelectorAll('td')].map(cell => cell._content ? cell._content.innerText : '')
                    .join(' | ') : '';
                """, GRID, pluginId));
    }

    /**
     * Clicks Install in the plugin's row and waits until the progress dialog reports the outcome; returns
     * the dialog's final text (the step line and, on failure, the reason).
     */
    public String install(String pluginId) {
        click(By.id("install-plugin-" + pluginId));
        new WebDriverWait(driver, INSTALL_TIMEOUT).withMessage("the installation to end")
                .until(d -> Boolean.FALSE.equals(property("install-close", "disabled")));
        return waitForVisible(By.id("install-step")).getText() + "\n"
                + all(By.id("install-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The departments the dialog shows as using the plugin just installed, by name. */
    @SuppressWarnings("unchecked")
    public List<String> departmentsChosen() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('install-departments').selectedItems.map(item => item.name || item.label);");
    }

    /**
     * Narrows the departments that use the plugin just installed down to {@code names} in the dialog's chooser:
     * removes the others by their chips' remove buttons and adds missing ones from the list (each change applies
     * at once, as on the Plugins page).
     */
    public MarketplacePage useOnly(String... names) {
        List<String> wanted = List.of(names);
        for (int round = 0; round < 20; round++) {
            List<String> unwanted = departmentsChosen().stream().filter(name -> !wanted.contains(name)).toList();
            if (unwanted.isEmpty()) {
                break;
            }
            // Chips that do not fit are folded into an overflow chip: remove a visible one, then look again.
            Object removed = ((JavascriptExecutor) driver).executeScript("""
                    const chips = [...document.getElementById('install-departments')
                        .querySelectorAll('vaadin-multi-select-combo-box-chip')]
                        .filter(chip => chip.slot !== 'overflow' && arguments[0].includes(chip.label));
                    if (chips.length === 0) return null;
                    chips[0].shadowRoot.querySelector('[part~="remove-button"]').click();
                    return chips[0].label;
                    """, unwanted);
            if (removed == null) {
                throw new IllegalStateException("No visible chip to remove among " + unwanted);
            }
            final String label = removed.toString();
            new WebDriverWait(driver, TIMEOUT).withMessage(label + " removed")
                    .until(d -> !departmentsChosen().contains(label));
            waitUntilIdle();
        }
        for (String name : wanted) {
            if (!departmentsChosen().contains(name)) {
                pick("install-departments", name, name);
            }
        }
        return this;
    }

    /** Closes the finished progress dialog. */
    public MarketplacePage closeDialog() {
        click(By.id("install-close"));
        return this;
    }

    /** Uninstalls the plugin through its confirmation dialog, keeping or removing its data. */
    public MarketplacePage uninstall(String pluginId, boolean removeData) {
        click(By.id("uninstall-plugin-" + pluginId));
        waitForVisible(By.id("uninstall-data"));
        if (removeData) {
            choose("uninstall-data", "Remove it: its tables and settings are deleted for good");
        }
        click(By.id("uninstall-confirm"));
        new WebDriverWait(driver, TIMEOUT).withMessage("the uninstall dialog to close")
                .until(d -> d.findElements(By.id("uninstall-confirm")).isEmpty());
        return this;
    }

    /** The element matching {@code selector} in the grid row of {@code pluginId}; waits until the row is rendered. */
    private WebElement rowElement(String pluginId, String selector) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(selector + " in the row of " + pluginId)
                .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(FIND_ROW + """
                        if (!row) return null;
                        for (const cell of row.querySelectorAll('td')) {
                            const found = cell._content && cell._content.querySelector(arguments[2]);
                            if (found) return found;
                        }
                        return null;
                        """, GRID, pluginId, selector));
    }
}
