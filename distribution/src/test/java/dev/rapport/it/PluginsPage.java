package dev.rapport.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' Plugins page ({@code admin/plugins}). */
public final class PluginsPage extends VaadinPage {

    private PluginsPage(WebDriver driver) {
        super(driver);
        waitForVisible(By.id("plugins"));
        waitUntilIdle();
    }

    public static PluginsPage open(WebDriver driver, RapportServer server) {
        driver.get(server.url("admin/plugins"));
        return new PluginsPage(driver);
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
        return new WebDriverWait(driver, TIMEOUT).withMessage("the row of plugin " + pluginId)
                .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById('plugins');
                        if (!grid || grid.loading) return null;
                        for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                            const cells = [...row.querySelectorAll('td')].map(cell => cell._content).filter(c => c);
                            if (row.hidden || cells.length === 0 || cells[0].textContent.trim() !== arguments[0]) continue;
                            const content = cells.find(c => c.querySelector('.plugin-departments'));
                            return content ? content.querySelector('.plugin-departments') : null;
                        }
                        return null;
                        """, pluginId));
    }
}
