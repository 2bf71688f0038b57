package dev.rapport.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine run over the page the browser shows (Vaadin's components included: axe reads
 * their open shadow roots), against the WCAG 2.1 A and AA rules and axe's best practices.
 */
public final class AccessibilityCheck extends VaadinPage {

    /** The impacts a user cannot work around: these fail a test. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> RULE_SETS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private AccessibilityCheck(WebDriver driver) {
        super(driver);
    }

    /**
     * Opens {@code path}, waits until the element with id {@code readyId} shows and Vaadin is idle, and returns the
     * serious and critical violations found there, each as "page: rule (impact): help; the elements concerned".
     */
    public static List<String> blockingViolations(WebDriver driver, RapportServer server, String path, String readyId) {
        driver.get(server.url(path));
        AccessibilityCheck page = new AccessibilityCheck(driver);
        page.waitForVisible(By.id(readyId));
        page.waitUntilIdle();
        return page.blockingViolations(path.isEmpty() ? "home" : path);
    }

    /**
     * Opens {@code path}, waits until Vaadin is idle and returns the serious and critical violations found there: for
     * pages that show all they have in their first round trip.
     */
    public static List<String> blockingViolations(WebDriver driver, RapportServer server, String path) {
        driver.get(server.url(path));
        AccessibilityCheck page = new AccessibilityCheck(driver);
        page.waitUntilIdle();
        return page.blockingViolations(path.isEmpty() ? "home" : path);
    }

    private List<String> blockingViolations(String name) {
        Results results = new AxeBuilder().withTags(RULE_SETS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + name + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            List<CheckedNode> nodes = rule.getNodes().stream().filter(node -> !isVaadinTabsScroller(rule, node)).toList();
            if (nodes.isEmpty()) {
                continue;
            }
            List<String> targets = nodes.stream().limit(5)
                    .map(node -> node.getTarget() + " (" + summary(node).replace('\n', ' ') + ")").toList();
            found.add(name + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "; "
                    + String.join(" | ", targets) + (nodes.size() > 5 ? " and more" : ""));
        }
        return found;
    }

    /** What axe says is to fix at the node, e.g. "Fix any of the following: Element has children which ...". */
    private static String summary(CheckedNode node) {
        return Objects.toString(node.getFailureSummary(), "");
    }

    /**
     * Vaadin's tab bar ({@code vaadin-tabs}, role tablist) keeps its tabs in a scroll container of its shadow DOM that
     * has {@code tabindex="-1"} (so that Firefox does not make it a tab stop), which axe counts as a child a tablist
     * may not own. The tabs themselves are proper {@code tab}s; this one finding belongs to the component library and
     * is let through only when that container is the sole child found wrong.
     */
    private static boolean isVaadinTabsScroller(Rule rule, CheckedNode node) {
        return rule.getId().equals("aria-required-children") && String.valueOf(node.getTarget()).endsWith("vaadin-tabs]")
                && summary(node).lines().map(String::strip)
                .anyMatch("Element has children which are not allowed: div[tabindex]"::equals);
    }
}
