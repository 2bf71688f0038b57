package dev.rapport.platform.web;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.customer.ui.Customer360View;
import dev.rapport.platform.customer.ui.CustomerListView;
import dev.rapport.platform.customer.ui.GlobalSearch;
import dev.rapport.platform.testing.KaribuUi;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MainLayoutTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    @Test
    void globalSearchListsMatchingCustomersAndOpensTheChosenOnes360View() {
        String family = unique("Srch");
        Customer anna = ui.kernel().customers.create(person("Anna", family + "A"), ui.actor());
        Customer bert = ui.kernel().customers.create(person("Bert", family + "B"), ui.actor());
        ui.open("customers");

        setUserInput(search(), family);
        assertThat(getSuggestionItems(search())).extracting(CustomerSummary::displayName)
                .containsExactly(anna.displayName(), bert.displayName());
        selectByLabel(search(), bert.displayName());

        assertThat(getCurrentView()).isEqualTo(Customer360View.class);
        assertThat(getCurrentPath()).isEqualTo("customers/" + bert.id());
        assertThat(_get(H2.class, spec -> spec.withId("customer-name")).getText()).isEqualTo(bert.displayName());
        assertThat(search().getValue()).as("the search is emptied for the next one").isNull();
    }

    @Test
    void globalSearchWaitsForTwoCharacters() {
        String family = unique("Srch");
        ui.kernel().customers.create(person("Anna", family), ui.actor());
        ui.open("customers");

        setUserInput(search(), family.substring(0, 1));

        assertThat(getSuggestionItems(search())).isEmpty();
    }

    @Test
    void choosingGermanShowsTheTextsInGerman() {
        ui.open("customers");
        assertThat(_get(H2.class).getText()).isEqualTo("Customers");

        _setValue(languageSelect(), Locale.GERMAN);

        assertThat(getCurrentView()).isEqualTo(CustomerListView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Kunden");
        assertThat(_getColumnByKey(customerGrid(), "owner").getHeaderText()).isEqualTo("Betreuer");
        assertThat(languageSelect().getValue()).isEqualTo(Locale.GERMAN);
    }

    private static GlobalSearch search() {
        return _get(GlobalSearch.class, spec -> spec.withId("global-search"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> languageSelect() {
        return _get(Select.class, spec -> spec.withId("language"));
    }

    private static Grid<?> customerGrid() {
        return _get(Grid.class, spec -> spec.withId("customer-grid"));
    }
}
