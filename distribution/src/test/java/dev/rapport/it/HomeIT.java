package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** A manager signs in, finds their overdue task and their department's trend charts on the home page, and opens the task. */
@ExtendWith(RapportBrowserExtension.class)
class HomeIT {

    @Test
    void aManagerSeesTheOverdueTaskAndTheDepartmentsChartsAndOpensTheTask(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "it-home-" + suffix;
        Department team = server.platform().services().require(DepartmentDirectory.class)
                .create(code, "Home IT team", Actor.SYSTEM);
        User manager = server.account("it-home-manager-" + suffix, Role.MANAGER, code);
        Customer customer = server.platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, "Hanna", "Home", null, LifecycleStage.PROSPECT, manager.id(), "en", "EUR", "UTC",
                false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        // Days behind in every time zone the browser may report.
        LocalDate dueDate = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        long taskId = server.platform().services().require(TaskService.class).create(new NewTask("Send Hanna the offer",
                null, customer.id(), dueDate, null, manager.id(), null), "kernel", Actor.SYSTEM).id();

        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);
        HomePage home = HomePage.current(driver);

        assertThat(home.task(taskId).getText()).isEqualTo("Send Hanna the offer");
        assertThat(home.isOverdue(taskId)).isTrue();
        assertThat(home.chartsOf(String.valueOf(team.id()))).isEqualTo(4);
        Customer360Page opened = home.openTask(taskId);
        assertThat(opened.customerName()).contains("Hanna");
    }
}
