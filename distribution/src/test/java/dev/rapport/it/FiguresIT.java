package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** A manager reads their department's figures from the menu; an agent has no menu entry and is refused the page. */
@ExtendWith(RapportBrowserExtension.class)
class FiguresIT {

    @Test
    void aManagerSeesTheNewCustomersOfTheirDepartmentThisMonthAndNoneLastMonth(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "it-figures-" + suffix;
        Department team = server.platform().services().require(DepartmentDirectory.class)
                .create(code, "Figures IT team", Actor.SYSTEM);
        User manager = server.account("it-figures-manager-" + suffix, Role.MANAGER, code);
        storeOwnedBy(manager, "Ada");
        storeOwnedBy(manager, "Ben");
        storeOwnedBy(manager, "Cem");
        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);

        FiguresPage figures = FiguresPage.fromMenu(driver, server);

        assertThat(figures.department()).isEqualTo(team.name());
        assertThat(figures.figure(0)).isEqualTo("New customers owned by the department");
        assertThat(figures.value(0)).isEqualTo("3");
        assertThat(figures.previous(0)).isEqualTo("0");
        figures.choosePeriod("Last month");
        assertThat(figures.value(0)).isEqualTo("0");
    }

    @Test
    void anAgentHasNoFiguresMenuEntryAndIsRefusedThePage(RapportServer server, WebDriver driver) {
        User agent = server.account("it-figures-agent", Role.AGENT, "sales");
        LoginPage.signIn(driver, server, agent.username(), RapportServer.PASSWORD);

        assertThat(ShellPage.open(driver, server).menuEntryIds()).contains("nav-kernel-customers")
                .doesNotContain("nav-kernel-figures");
        assertThat(AccessDeniedPage.open(driver, server, "figures").text()).isNotBlank();
    }

    private static void storeOwnedBy(User owner, String firstName) {
        RapportServer.get().platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, firstName, "Figures", null, LifecycleStage.PROSPECT, owner.id(), "en", "USD", "UTC",
                false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
    }
}
