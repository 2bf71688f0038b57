package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' Plugins page: every plugin with its state, and the buttons that switch it. */
public final class PluginsPage extends VaadinPage {

    private static final String GRID = "plugins";

    private PluginsPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id(GRID));
        waitUntilIdle();
    }

    public static PluginsPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("admin/plugins"));
        return new PluginsPage(driver);
    }

    /** Disables the plugin, confirming the dialog that asks first; waits until its row says so. */
    public PluginsPage disable(String pluginId) {
        rowElement(pluginId, "vaadin-button.disable-plugin").click();
        waitForProperty("disable-plugin-dialog", "opened", true);
        click(By.xpath("//vaadin-confirm-dialog[@id='disable-plugin-dialog']/vaadin-button[@slot='confirm-button']"));
        waitForState(pluginId, "Disabled");
        return this;
    }

    /** Enables the plugin; waits until its row says it runs. */
    public PluginsPage enable(String pluginId) {
        rowElement(pluginId, "vaadin-button.enable-plugin").click();
        waitUntilIdle();
        waitForState(pluginId, "Running");
        return this;
    }

    /** The state the plugin's row shows, e.g. "Running" or "Disabled". */
    public String state(String pluginId) {
        return rowElement(pluginId, ".plugin-state").getText().strip();
    }

    private void waitForState(String pluginId, String state) {
        new WebDriverWait(driver, TIMEOUT).withMessage(pluginId + " shown as " + state)
                .until(d -> state.equals(state(pluginId)));
    }

    /** The element matching {@code selector} in the grid row of {@code pluginId}; waits until the row is rendered. */
    private WebElement rowElement(String pluginId, String selector) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(selector + " in the row of " + pluginId)
                .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        if (!grid || grid.loading) return null;
                        const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden
                            && r.querySelector('td') && r.querySelector('td')._content
                            && r.querySelector('td')._content.textContent.trim() === arguments[1]);
                        if (!row) return null;
                        for (const cell of row.querySelectorAll('td')) {
                            const found = cell._content && cell._content.querySelector(arguments[2]);
                            if (found) return found;
                        }
                        return null;
                        """, GRID, pluginId, selector));
    }

    /** The departments chosen in the row of {@code pluginId}, by name. */
    @SuppressWarnings("unchecked")
    public List<String> departmentsOf(String pluginId) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].selectedItems.map(item => item.label);", departmentSelect(pluginId));
    }

    /** Adds the department named {@code departmentName} to those that use {@code pluginId}; it applies at once. */
    public PluginsPage addDepartment(String pluginId, String departmentName) {
        WebElement select = departmentSelect(pluginId);
        WebElement input = select.findElement(By.cssSelector("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(departmentName);
        new WebDriverWait(driver, TIMEOUT).withMessage("the item " + departmentName + " in the list")
                .until(d -> item(departmentName) != null);
        item(departmentName).click();
        input.sendKeys(Keys.ESCAPE);
        waitUntilIdle();
        return this;
    }

    private WebElement item(String label) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('vaadin-multi-select-combo-box-item')]
                    .find(item => item.offsetParent !== null && item.innerText.trim() === arguments[0]) || null;
                """, label);
    }

    /** The multi-select of the departments in the grid row of {@code pluginId}. */
    private WebElement departmentSelect(String pluginId) {
        return rowElement(pluginId, ".plugin-departments");
    }
}
