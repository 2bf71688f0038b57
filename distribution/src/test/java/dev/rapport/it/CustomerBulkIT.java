package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.view.SavedViewDraft;
import dev.rapport.platform.customer.view.SavedViews;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** A manager opens the customer list, applies a saved view, ticks ten customers and assigns them an owner. */
@ExtendWith(RapportBrowserExtension.class)
class CustomerBulkIT {

    @Test
    void aManagerAssignsAnOwnerToTenCustomersOfASavedView(RapportServer server, WebDriver driver) {
        String family = "Bulk" + UUID.randomUUID().toString().substring(0, 8);
        CustomerService customers = server.platform().services().require(CustomerService.class);
        IntStream.range(0, 12).forEach(i -> customers.create(new CustomerDraft(CustomerKind.PERSON, "P" + (10 + i),
                family, null, LifecycleStage.PROSPECT, null, "en", "USD", "UTC", false,
                List.of(new EmailAddress(ContactLabel.WORK, family.toLowerCase() + i + "@example.com")), List.of(),
                List.of(), Set.of(), null), Actor.SYSTEM));
        User manager = server.account("it-bulk-manager", Role.MANAGER, "sales");
        User agent = server.account("it-bulk-agent", Role.AGENT, "sales");
        String viewName = "Prospects " + family;
        server.platform().services().require(SavedViews.class).create(new SavedViewDraft(viewName, null,
                CustomerFilter.ALL.withNamePrefix(family), CustomerSort.NAME_ASCENDING,
                List.of("name", "stage", "owner", "email")), Actor.of(manager));
        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);

        CustomerListPage list = CustomerListPage.open(driver, server).applyView(viewName);
        assertThat(list.count()).isEqualTo("12 customers");
        list.tickRows(10);
        assertThat(list.selected()).isEqualTo("10 selected");
        list.assignOwner(agent.displayName());

        assertThat(list.notification()).contains("10 changed");
        assertThat(list.owner(0)).isEqualTo(agent.displayName());
        assertThat(list.owner(9)).isEqualTo(agent.displayName());
        assertThat(list.owner(10)).isEmpty();
    }
}
