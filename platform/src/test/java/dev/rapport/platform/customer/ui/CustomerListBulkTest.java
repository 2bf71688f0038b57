package dev.rapport.platform.customer.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.extension.CustomerListColumn;
import dev.rapport.sdk.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer list's selection, bulk actions, saved views, column chooser and count. */
class CustomerListBulkTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final String tag = unique("bulkui");

    @Test
    void ticksRowsAndAssignsAnOwnerToThemReportingTheRefusedOne() {
        Actor agent = ui.kernel().newActor(Role.AGENT, "sales");
        Actor colleague = ui.kernel().newActor(Role.AGENT, "sales");
        Customer free = store("Anna", null);
        Customer theirs = store("Bert", colleague.userId());
        store("Carla", null);
        ui.actAs(agent);

        ui.open("customers?tag=" + tag);
        grid().select(row(free));
        grid().select(row(theirs));
        assertThat(_get(Span.class, spec -> spec.withId("bulk-selected")).getText()).isEqualTo("2 selected");
        _click(_get(Button.class, spec -> spec.withId("bulk-assign-owner")));
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("bulk-owner")), agentName(agent));
        _click(_get(Button.class, spec -> spec.withId("bulk-apply")));

        Dialog outcome = _get(Dialog.class, spec -> spec.withId("bulk-outcome"));
        assertThat(_find(outcome, Paragraph.class).stream().map(Paragraph::getText))
                .contains("1 changed, 0 needed no change, 1 refused.", "Bert " + theirs.details().lastName()
                        + ": you may not change this customer");
        assertThat(ui.kernel().customers.get(free.id()).details().ownerId()).isEqualTo(agent.userId());
        assertThat(ui.kernel().customers.get(theirs.id()).details().ownerId()).isEqualTo(colleague.userId());
        assertThat(grid().getSelectedItems()).isEmpty();
    }

    @Test
    void shiftClickTicksTheRangeFromTheRowClickedBefore() {
        List<Customer> stored = IntStream.range(0, 5).mapToObj(i -> store("Range" + i, null)).toList();

        ui.open("customers?tag=" + tag + "&sort=OLDEST_FIRST");
        toggle(row(stored.get(1)), false);
        toggle(row(stored.get(3)), true);

        assertThat(grid().getSelectedItems()).extracting(CustomerSummary::id)
                .containsExactlyInAnyOrder(stored.get(1).id(), stored.get(2).id(), stored.get(3).id());
        assertThat(_get(Span.class, spec -> spec.withId("bulk-selected")).getText()).isEqualTo("3 selected");
    }

    /** A click on a row's box as the browser reports it: the grid ticks it, then tells the server. */
    private static void toggle(CustomerSummary row, boolean shift) {
        grid().select(row);
        com.vaadin.flow.component.ComponentUtil.fireEvent(grid(),
                new com.vaadin.flow.component.grid.ClientItemToggleEvent<>(grid(), row, true, shift));
    }

    @Test
    void selectsEveryMatchingCustomerAndDeletesThemAfterAConfirmationNamingHowMany() {
        List<Customer> stored = IntStream.range(0, 3).mapToObj(i -> store("Del" + i, null)).toList();

        ui.open("customers?tag=" + tag);
        assertThat(_get(Span.class, spec -> spec.withId("customer-count")).getText()).isEqualTo("3 customers");
        grid().select(row(stored.getFirst()));
        _click(_get(Button.class, spec -> spec.withId("select-all-matching")));
        assertThat(_get(Span.class, spec -> spec.withId("bulk-selected")).getText()).isEqualTo("3 selected");
        _click(_get(Button.class, spec -> spec.withId("bulk-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("bulk-delete-confirm"));
        assertThat(getText(confirm)).contains("Deletes 3 customers");
        _fireConfirm(confirm);

        expectNotifications("3 changed, 0 needed no change, 0 refused.");
        assertThat(stored).allSatisfy(customer -> assertThat(ui.kernel().customers.find(customer.id())).isEmpty());
        assertThat(_findAll(grid())).isEmpty();
    }

    @Test
    void addsATagToTheTickedRowsAndRequiresOne() {
        Customer anna = store("Anna", null);

        ui.open("customers?tag=" + tag);
        grid().select(row(anna));
        _click(_get(Button.class, spec -> spec.withId("bulk-add-tag")));
        _click(_get(Button.class, spec -> spec.withId("bulk-apply")));
        assertThat(_get(TextField.class, spec -> spec.withId("bulk-tag")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("bulk-tag")), "gold");
        _click(_get(Button.class, spec -> spec.withId("bulk-apply")));

        assertThat(ui.kernel().customers.get(anna.id()).details().tags()).contains("gold", tag);
    }

    @Test
    void savesTheListAsAViewThatOpensByDefault() {
        store("Anna", null);
        Customer bert = store("Bert", null);

        ui.open("customers?tag=" + tag);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-name")), "Bert");
        _setValue(columnChooser(), Set.of("name", "email"));
        assertThat(grid().getColumnByKey("phone").isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("save-view-as")));
        String name = unique("Berts");
        _setValue(_get(TextField.class, spec -> spec.withId("view-name")), name);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("view-default")), true);
        _click(_get(Button.class, spec -> spec.withId("view-save")));

        ui.open("customers");
        assertThat(_get(ComboBox.class, spec -> spec.withId("saved-view")).getValue()).extracting("name").isEqualTo(name);
        assertThat(_get(TextField.class, spec -> spec.withId("filter-name")).getValue()).isEqualTo("Bert");
        assertThat(rows()).containsExactly(bert.displayName());
        assertThat(grid().getColumnByKey("phone").isVisible()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("delete-view")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-view-confirm")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("saved-view")).getValue()).isNull();
    }

    @Test
    void offersAPluginsColumnAndAsksItOncePerPage() {
        List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        ui.customer360().addListColumn("acme", new CustomerListColumn() {
            @Override
            public String id() {
                return "band";
            }

            @Override
            public String header(Locale locale) {
                return "Band";
            }

            @Override
            public Map<Long, String> values(Collection<Long> customerIds, Locale locale) {
                batches.add(customerIds.size());
                return customerIds.stream().collect(Collectors.toMap(id -> id, id -> "high"));
            }
        });
        ui.customer360().addListColumn("broken", new CustomerListColumn() {
            @Override
            public String id() {
                return "fails";
            }

            @Override
            public String header(Locale locale) {
                return "Fails";
            }

            @Override
            public Map<Long, String> values(Collection<Long> customerIds, Locale locale) {
                throw new IllegalStateException("down");
            }
        });
        IntStream.range(0, 3).forEach(i -> store("Col" + i, null));

        ui.open("customers?tag=" + tag);
        _setValue(columnChooser(), Set.of("name", "acme.band", "broken.fails"));
        List<CustomerSummary> rows = _findAll(grid());

        assertThat(rows).hasSize(3);
        // One call for the page of three rows (the cell reads below fetch single rows, one call each).
        assertThat(batches).containsExactly(3);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid(), 0, "acme.band")).isEqualTo("high");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid(), 0, "broken.fails")).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("column-note")).getText()).contains("broken");
    }

    private String agentName(Actor agent) {
        return ui.kernel().users.find(agent.userId()).map(User::displayName).orElseThrow();
    }

    private CustomerSummary row(Customer customer) {
        return _findAll(grid()).stream().filter(row -> row.id() == customer.id()).findFirst().orElseThrow();
    }

    private List<String> rows() {
        return _findAll(grid()).stream().map(CustomerSummary::displayName).toList();
    }

    private Customer store(String firstName, Long ownerId) {
        CustomerDraft person = Kernel.person(firstName, unique("Bulk"));
        return ui.kernel().customers.create(new CustomerDraft(person.kind(), firstName, person.lastName(), null,
                LifecycleStage.CUSTOMER, ownerId, person.preferredLanguage(), person.currency(), person.timeZone(),
                person.marketingConsent(), person.emails(), List.of(), person.addresses(), Set.of(tag), null),
                ui.kernel().newActor());
    }

    @SuppressWarnings("unchecked")
    private static Grid<CustomerSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("customer-grid"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> columnChooser() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("column-chooser"));
    }
}
