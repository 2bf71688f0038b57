package dev.rapport.platform.customer.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerListViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    /** Every customer of a test carries this tag and a surname starting with {@link #family}: other tests' rows stay out. */
    private final String tag = unique("list");
    private final String family = unique("Fam");

    @Test
    void showsTheStoredCustomersInNameOrder() {
        Customer carla = store("Carla", family + "C", LifecycleStage.PROSPECT, null);
        Customer anna = store("Anna", family + "A", LifecycleStage.CUSTOMER, null);

        ui.open("customers");
        selectByLabel(tagFilter(), tag);

        assertThat(_get(H2.class).getText()).isEqualTo("Customers");
        assertThat(rows()).containsExactly(anna.displayName(), carla.displayName());
        assertThat(cellText(0, "name")).isEqualTo(anna.displayName());
        assertThat(cellText(1, "stage")).isEqualTo("Prospect");
        assertThat(_getFormatted(grid(), 0, "email")).isEqualTo(anna.details().emails().getFirst().address());
    }

    @Test
    void nameFilterNarrowsTheRows() {
        store("Anna", family + "A", LifecycleStage.CUSTOMER, null);
        Customer bert = store("Bert", family + "B", LifecycleStage.CUSTOMER, null);

        ui.open("customers");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-name")), family + "B");

        assertThat(rows()).containsExactly(bert.displayName());
    }

    @Test
    void stageFilterShowsOnlyTheChosenStages() {
        store("Anna", family + "A", LifecycleStage.PROSPECT, null);
        Customer bert = store("Bert", family + "B", LifecycleStage.CUSTOMER, null);
        Customer carla = store("Carla", family + "C", LifecycleStage.FORMER_CUSTOMER, null);

        ui.open("customers");
        selectByLabel(tagFilter(), tag);
        _setValue(stageFilter(), Set.of(LifecycleStage.CUSTOMER, LifecycleStage.FORMER_CUSTOMER));

        assertThat(rows()).containsExactly(bert.displayName(), carla.displayName());
    }

    @Test
    void ownerFilterShowsOnlyTheOwnersCustomers() {
        User owner = ui.kernel().newUser();
        store("Anna", family + "A", LifecycleStage.CUSTOMER, ui.actor().userId());
        Customer bert = store("Bert", family + "B", LifecycleStage.CUSTOMER, owner.id());

        ui.open("customers");
        selectByLabel(tagFilter(), tag);
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("filter-owner")), owner.displayName());

        assertThat(rows()).containsExactly(bert.displayName());
        assertThat(_getFormatted(grid(), 0, "owner")).isEqualTo(owner.displayName());
    }

    @Test
    void sortingZToAReversesTheOrder() {
        Customer anna = store("Anna", family + "A", LifecycleStage.CUSTOMER, null);
        Customer bert = store("Bert", family + "B", LifecycleStage.CUSTOMER, null);
        Customer carla = store("Carla", family + "C", LifecycleStage.CUSTOMER, null);

        ui.open("customers");
        selectByLabel(tagFilter(), tag);
        assertThat(rows()).containsExactly(anna.displayName(), bert.displayName(), carla.displayName());
        selectByLabel(sort(), "Name Z–A");

        assertThat(rows()).containsExactly(carla.displayName(), bert.displayName(), anna.displayName());
    }

    @Test
    void writesTheFilterIntoTheAddress() {
        store("Anna", family + "A", LifecycleStage.CUSTOMER, null);

        ui.open("customers");
        selectByLabel(tagFilter(), tag);
        selectByLabel(sort(), "Name Z–A");

        assertThat(ui.lastReplacedUrl()).hasValueSatisfying(url -> assertThat(url)
                .startsWith("customers?").contains("tag=" + tag).contains("sort=NAME_DESCENDING"));
    }

    @Test
    void readsTheFilterFromTheAddress() {
        Customer anna = store("Anna", family + "A", LifecycleStage.CUSTOMER, null);
        Customer bert = store("Bert", family + "B", LifecycleStage.CUSTOMER, null);

        ui.open("customers?tag=" + tag + "&sort=NAME_DESCENDING");

        assertThat(tagFilter().getValue()).isEqualTo(tag);
        assertThat(sort().getValue()).isEqualTo(CustomerSort.NAME_DESCENDING);
        assertThat(rows()).containsExactly(bert.displayName(), anna.displayName());
    }

    @Test
    void clickingARowOpensThatCustomers360View() {
        store("Anna", family + "A", LifecycleStage.CUSTOMER, null);
        Customer bert = store("Bert", family + "B", LifecycleStage.CUSTOMER, null);

        ui.open("customers?tag=" + tag);
        _clickItem(grid(), 1, "name");

        assertThat(getCurrentView()).isEqualTo(Customer360View.class);
        assertThat(getCurrentPath()).isEqualTo("customers/" + bert.id());
        assertThat(_get(H2.class, spec -> spec.withId("customer-name")).getText()).isEqualTo(bert.displayName());
    }

    @Test
    void newCustomerButtonOpensTheEmptyForm() {
        ui.open("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));

        assertThat(getCurrentView()).isEqualTo(CustomerEditView.class);
        assertThat(getCurrentPath()).isEqualTo("customers/new");
        assertThat(_get(TextField.class, spec -> spec.withId("last-name")).getValue()).isEmpty();
    }

    @Test
    void onlyManagersAndAdministratorsAreOfferedTheExport() {
        ui.open("customers");
        assertThat(_find(Button.class, spec -> spec.withId("export-customers"))).hasSize(1);

        ui.actAs(ui.kernel().newActor(Role.MANAGER, "sales"));
        ui.open("customers");
        assertThat(_find(Button.class, spec -> spec.withId("export-customers"))).hasSize(1);

        ui.actAs(ui.kernel().newActor(Role.AGENT, "sales"));
        ui.open("customers");
        assertThat(_find(Button.class, spec -> spec.withId("export-customers"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-customer"))).hasSize(1);
    }

    @Test
    void loadsPageAfterPageInOrder() {
        int count = 2 * CustomerListView.PAGE_SIZE + 20;
        List<String> expected = IntStream.range(0, count)
                .mapToObj(i -> store("Anna", family + String.format("%03d", i), LifecycleStage.CUSTOMER, null).displayName())
                .toList();

        ui.open("customers?tag=" + tag);
        List<String> scrolled = new ArrayList<>();
        for (int offset = 0; offset < count; offset += CustomerListView.PAGE_SIZE) {
            _fetch(grid(), offset, CustomerListView.PAGE_SIZE).forEach(row -> scrolled.add(row.displayName()));
        }

        assertThat(scrolled).containsExactlyElementsOf(expected);
        assertThat(_size(grid())).isEqualTo(count);
        assertThat(_get(grid(), count - 1).displayName())
                .isEqualTo(expected.getLast());
    }

    /** A tagged person without phone: the kernel's sample number is shared, and phone searches cap their hits. */
    private Customer store(String firstName, String lastName, LifecycleStage stage, Long ownerId) {
        CustomerDraft person = Kernel.person(firstName, lastName);
        return ui.kernel().customers.create(new CustomerDraft(person.kind(), firstName, lastName, null, stage, ownerId,
                person.preferredLanguage(), person.currency(), person.timeZone(), person.marketingConsent(),
                person.emails(), List.of(), person.addresses(), Set.of(tag), person.notes()), ui.actor());
    }

    private static String cellText(int row, String columnKey) {
        return BasicUtilsKt.get_textRecursively(_getCellComponent(grid(), row, columnKey)).strip();
    }

    private List<String> rows() {
        return _findAll(grid()).stream().map(CustomerSummary::displayName).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CustomerSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("customer-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> tagFilter() {
        return _get(ComboBox.class, spec -> spec.withId("filter-tag"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<LifecycleStage> stageFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("filter-stage"));
    }

    @SuppressWarnings("unchecked")
    private static Select<CustomerSort> sort() {
        return _get(Select.class, spec -> spec.withId("sort"));
    }
}
