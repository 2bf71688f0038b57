package dev.rapport.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the page objects: a page of the Vaadin application in a browser, with waits that understand
 * Vaadin's client (a server round trip is over when every Flow client reports it is not active).
 * Page objects expose what a user sees and does; tests never use Selenium locators themselves.
 */
public abstract class VaadinPage {

    /** How long any single wait may take before the test fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final String VAADIN_IDLE = """
            return document.readyState === 'complete'
                && !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients)
                && Object.keys(Vaadin.Flow.clients).length > 0
                && Object.values(Vaadin.Flow.clients).every(c => !c.isActive());
            """;

    protected final WebDriver driver;

    protected VaadinPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until Vaadin's client has bootstrapped and no server round trip is pending. */
    public void waitUntilIdle() {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage("Vaadin did not bootstrap or become idle at " + driver.getCurrentUrl())
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** The number of Vaadin Flow clients on the page (at least 1 once the application has bootstrapped). */
    public long vaadinClientCount() {
        Object count = ((JavascriptExecutor) driver).executeScript(
                "return window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients ? Object.keys(Vaadin.Flow.clients).length : 0;");
        return count instanceof Number number ? number.longValue() : 0;
    }

    /** Whether a JavaScript alert, confirm or prompt is open (e.g. because a page ran injected script). */
    public boolean alertIsOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }

    /**
     * How many elements the page holds that text like {@code <script>alert(1)</script><img src=x onerror=...>}
     * would have created had it been inserted as HTML: {@code script} elements calling {@code alert(} and
     * {@code img} elements with {@code src="x"}, searched through the whole document, shadow roots included.
     */
    public long injectedElementCount() {
        Object count = ((JavascriptExecutor) driver).executeScript("""
                let found = 0;
                const visit = root => {
                    for (const element of root.querySelectorAll('*')) {
                        if ((element.tagName === 'SCRIPT' && element.textContent.includes('alert('))
                                || (element.tagName === 'IMG' && element.getAttribute('src') === 'x')) {
                            found++;
                        }
                        if (element.shadowRoot) {
                            visit(element.shadowRoot);
                        }
                    }
                };
                visit(document);
                return found;
                """);
        return ((Number) count).longValue();
    }

    /** The time zone the browser reports, which the application shows times in. */
    public java.time.ZoneId browserZone() {
        return java.time.ZoneId.of(String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().timeZone;")));
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until an element is visible and returns it. */
    protected WebElement waitForVisible(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    protected List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /**
     * Scrolls the element into the middle of its scroll container, clicks it and waits for the server round trip.
     * An element the page rendered anew between finding and clicking it (e.g. a link in a grid row that a refresh
     * replaced) is found again and clicked then.
     */
    protected void click(By locator) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(locator));
            try {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
                waitUntilIdle();
            }
        }
        waitUntilIdle();
    }

    /** Picks the item labelled {@code label} of the vaadin-select with id {@code selectId}. */
    protected void select(String selectId, String label) {
        click(By.id(selectId));
        By item = By.xpath("//*[@id='" + selectId + "']//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='"
                + label + "']");
        WebElement element = new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(item));
        // A long list scrolls: bring the item into the overlay's view first.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(item)).click();
        waitUntilIdle();
    }

    /**
     * Types {@code text} into the combo box or multi-select combo box with id {@code id} and picks the item labelled
     * {@code label} from the list it then shows (a multi-select's list is closed afterwards).
     */
    protected void pick(String id, String text, String label) {
        WebElement input = waitForVisible(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        new WebDriverWait(driver, TIMEOUT).withMessage("the item " + label + " of " + id)
                .until(d -> listItem(label) != null);
        listItem(label).click();
        if (driver.findElement(By.id(id)).getTagName().equals("vaadin-multi-select-combo-box")) {
            input.sendKeys(Keys.ESCAPE);
        }
        waitUntilIdle();
    }

    private WebElement listItem(String label) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('vaadin-combo-box-item, vaadin-multi-select-combo-box-item')]
                    .find(item => item.offsetParent !== null && item.innerText.trim() === arguments[0]) || null;
                """, label);
    }

    /** Picks the radio button labelled {@code label} of the radio group with id {@code groupId}. */
    protected void choose(String groupId, String label) {
        click(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']"));
    }

    /**
     * The text of the cell at {@code row} (0 = first data row, as sorted) and {@code column} of the grid with
     * id {@code gridId}; waits until the grid has rendered that row.
     */
    protected String gridCell(String gridId, int row, int column) {
        Object text = new WebDriverWait(driver, TIMEOUT).withMessage("row " + row + " of grid " + gridId)
                .until(d -> ((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        if (!grid || grid.loading) return null;
                        const row = [...grid.shadowRoot.querySelectorAll('#items tr')]
                            .find(r => !r.hidden && r.index === arguments[1]);
                        if (!row) return null;
                        const cell = row.querySelectorAll('td')[arguments[2]];
                        return cell && cell._content ? cell._content.textContent.trim() : null;
                        """, gridId, row, column));
        return String.valueOf(text);
    }

    /**
     * The cell texts of the first rendered row of the grid with id {@code gridId} that has a cell containing
     * {@code text}; waits until the grid has rendered such a row.
     */
    protected List<String> gridRowContaining(String gridId, String text) {
        return gridRow(gridId, text, -1);
    }

    /** Like {@link #gridRowContaining}, for the row whose cell in {@code column} is exactly {@code text}. */
    protected List<String> gridRowWithCell(String gridId, int column, String text) {
        return gridRow(gridId, text, column);
    }

    @SuppressWarnings("unchecked")
    private List<String> gridRow(String gridId, String text, int column) {
        Object cells = new WebDriverWait(driver, TIMEOUT).withMessage("a row of grid " + gridId + " with " + text)
                .until(d -> ((JavascriptExecutor) d).executeScript("""
                        const [gridId, text, column] = arguments;
                        const grid = document.getElementById(gridId);
                        if (!grid || grid.loading) return null;
                        for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                            if (row.hidden) continue;
                            const cells = [...row.querySelectorAll('td')]
                                .map(cell => cell._content ? cell._content.textContent.trim() : '');
                            if (column < 0 ? cells.some(cell => cell.includes(text)) : cells[column] === text) return cells;
                        }
                        return null;
                        """, gridId, text, column));
        return (List<String>) cells;
    }

    /** The text the element with id {@code id} shows, shadow DOM and slotted content included. */
    protected String visibleText(String id) {
        return waitForVisible(By.id(id)).getText();
    }

    /** A property of the element with id {@code id}, read in the browser. */
    protected Object property(String id, String property) {
        return ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e[arguments[1]] : null;", id, property);
    }

    /** Waits until the element with id {@code id} has {@code property} equal to {@code value}. */
    protected void waitForProperty(String id, String property, Object value) {
        new WebDriverWait(driver, TIMEOUT).withMessage(id + "." + property + " == " + value)
                .until(d -> value.equals(property(id, property)));
    }

    /** The error message shown under the field with id {@code fieldId}, or "" while it is valid. */
    protected String fieldError(String fieldId) {
        return Boolean.TRUE.equals(property(fieldId, "invalid")) ? String.valueOf(property(fieldId, "errorMessage")) : "";
    }

    /**
     * Replaces the value of a Vaadin text field (found by its id) through its inner {@code input}, then
     * leaves the field so the value reaches the server.
     */
    protected void type(String fieldId, String text) {
        WebElement input = waitForVisible(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        waitUntilIdle();
    }
}
