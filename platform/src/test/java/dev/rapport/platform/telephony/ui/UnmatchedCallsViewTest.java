package dev.rapport.platform.telephony.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.telephony.CallEvent;
import dev.rapport.platform.telephony.CallLog;
import dev.rapport.platform.telephony.UnmatchedCall;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An agent assigns a call from an unknown number to its customer on {@code unmatched-calls}: it is logged on the
 * customer's timeline and leaves the list.
 */
class UnmatchedCallsViewTest {

    private static final Kernel KERNEL = new Kernel();
    private static final CallLog CALLS = new CallLog(KERNEL.dsl, KERNEL.clock, KERNEL.customers, KERNEL.interactions,
            KERNEL.users);

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(CallLog.class, CALLS));

    @SuppressWarnings("unchecked")
    private static Grid<UnmatchedCall> grid() {
        return _get(Grid.class, spec -> spec.withId("unmatched-calls"));
    }

    @Test
    void anAssignedCallIsLoggedOnTheCustomerAndLeavesTheList() {
        Customer customer = KERNEL.customers.create(Kernel.person("Una", Kernel.unique("Matched")), Actor.SYSTEM);
        Instant start = Instant.parse("2026-11-30T15:00:00Z");
        long callId = ((CallLog.Result.Unmatched) CALLS.record(new CallEvent("+49 30 90123457", Direction.INBOUND, start,
                start.plusSeconds(75), null), Actor.SYSTEM)).unmatchedCallId();
        ui.open("unmatched-calls");
        int row = _findAll(grid()).stream().map(UnmatchedCall::id).toList().indexOf(callId);
        assertThat(row).isNotNegative();

        _click((Button) _getCellComponent(grid(), row, UnmatchedCallsView.ASSIGN_COLUMN));
        @SuppressWarnings("unchecked")
        ComboBox<CustomerSummary> chooser = _get(ComboBox.class, spec -> spec.withId("assign-call-customer"));
        _setValue(chooser, KERNEL.customers.search(customer.details().lastName(), 1).getFirst());
        _click(_get(Button.class, spec -> spec.withId("assign-call-confirm")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_findAll(grid())).extracting(UnmatchedCall::id).doesNotContain(callId);
        Interaction logged = KERNEL.interactions.recent(customer.id(), 1).getFirst();
        assertThat(logged.channel()).isEqualTo(Channel.PHONE);
        assertThat(logged.occurredAt()).isEqualTo(start);
        assertThat(logged.subject()).isEqualTo("+49 30 90123457 · 1:15");
        assertThat(logged.recordedBy()).isEqualTo(ui.actor().userId());
    }
}
