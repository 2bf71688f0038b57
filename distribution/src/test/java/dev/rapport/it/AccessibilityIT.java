package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.calendar.AppointmentDraft;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.task.NewTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Every page of the running server passes the axe-core accessibility engine without a serious or critical violation:
 * the sign-in page, then, signed in as an administrator, every route the kernel and the started plugins serve (read
 * from the router, so a page added later is checked without being named here), with content in the main lists (a
 * customer with a task and an appointment), so grid rows and their actions are checked too.
 */
@ExtendWith(RapportBrowserExtension.class)
class AccessibilityIT {

    /** Pages whose content arrives after Vaadin's first idle moment: the element that shows once it is there. */
    private static final Map<String, String> READY_ELEMENT = Map.of("", "home-tasks", "customers", "customer-grid",
            "customers/:customerId(\\d+)", "customer-name", "calendar", "calendar-title", "my-work", "my-tasks",
            "admin/audit", "audit-entries", "admin/users", "users");

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation(RapportServer server, WebDriver driver) {
        User administrator = server.administrator();
        Customer customer = customerWithWork(server, administrator);
        Set<String> templates = RouteTemplates.byPublic(server).get(false);
        assertThat(templates).as("kernel and plugin pages").contains("", "customers", "calendar", "admin/plugins",
                "acquisition/leads", "service/queue", "scorecard");
        List<String> violations = new ArrayList<>(
                AccessibilityCheck.blockingViolations(driver, server, "login", "login-view"));

        LoginPage.signInAsAdministrator(driver, server);
        for (String template : templates) {
            String path = RouteTemplates.path(template, Map.of("customerId", String.valueOf(customer.id()),
                    "leadId", "1", "campaignId", "1", "requestId", "1", "departmentId", "1"));
            violations.addAll(READY_ELEMENT.containsKey(template)
                    ? AccessibilityCheck.blockingViolations(driver, server, path, READY_ELEMENT.get(template))
                    : AccessibilityCheck.blockingViolations(driver, server, path));
        }

        assertThat(violations).as("serious and critical accessibility violations").isEmpty();
    }

    /** A customer owned by {@code user} with an overdue task and a meeting today, both theirs. */
    private static Customer customerWithWork(RapportServer server, User user) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Customer customer = server.platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, "Alma", "Access-" + suffix, null, LifecycleStage.CUSTOMER, user.id(), "en", "EUR",
                "UTC", false, List.of(new EmailAddress(ContactLabel.WORK, "alma." + suffix + "@example.com")), List.of(),
                List.of(), Set.of(), null), Actor.SYSTEM);
        server.platform().services().require(TaskService.class).create(new NewTask("Send Alma the contract", null,
                customer.id(), LocalDate.now(ZoneOffset.UTC).minusDays(2), null, user.id(), null), "kernel", Actor.SYSTEM);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        server.platform().services().require(AppointmentService.class).plan(new AppointmentDraft(customer.id(),
                Channel.MEETING, "Contract talk", null, start, start.plus(Duration.ofMinutes(45)), user.id(), null),
                Actor.SYSTEM);
        return customer;
    }
}
