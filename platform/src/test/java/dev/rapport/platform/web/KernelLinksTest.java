package dev.rapport.platform.web;

import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.ui.Customer360View;
import dev.rapport.platform.customer.ui.CustomerEditView;
import dev.rapport.platform.customer.ui.CustomerListView;
import dev.rapport.platform.task.ui.MyWorkView;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.sdk.extension.KernelLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's links to kernel pages lead where they say: a renamed route breaks this test, not the plugins. */
class KernelLinksTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    @Test
    void everyKernelLinkOpensItsPage() {
        Customer customer = ui.kernel().customers.create(person("Lin", unique("Links")), ui.actor());

        ui.open(KernelLinks.customer(customer.id()));
        assertThat(getCurrentView()).isEqualTo(Customer360View.class);
        ui.open(KernelLinks.customerEdit(customer.id()));
        assertThat(getCurrentView()).isEqualTo(CustomerEditView.class);
        ui.open(KernelLinks.customers());
        assertThat(getCurrentView()).isEqualTo(CustomerListView.class);
        ui.open(KernelLinks.myWork());
        assertThat(getCurrentView()).isEqualTo(MyWorkView.class);
    }
}
