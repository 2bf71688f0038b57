package dev.rapport.platform.money.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import dev.rapport.platform.money.ExchangeRate;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.security.AccessDeniedView;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The administrators' exchange-rate page without a browser: the reporting currency, rates by hand, a file import. */
class ExchangeRatesViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private ExchangeRateService rates() {
        return ui.kernel().exchangeRates;
    }

    @BeforeEach
    @AfterEach
    void noRates() {
        ui.kernel().dsl.deleteFrom(EXCHANGE_RATE).execute();
        rates().setReportingCurrency("EUR", Actor.SYSTEM);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ExchangeRate> grid() {
        return _get(Grid.class, spec -> spec.withId("rates"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void anAdministratorSetsTheReportingCurrencyAddsChangesAndDeletesARate() {
        ui.open("customers");
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("admin/exchange-rates");
        ui.open("admin/exchange-rates");

        assertThat(combo("reporting-currency").getValue()).isEqualTo("EUR");
        _setValue(combo("reporting-currency"), "CHF");
        _click(_get(Button.class, spec -> spec.withId("reporting-currency-save")));
        assertThat(rates().reportingCurrency()).isEqualTo("CHF");

        _click(_get(Button.class, spec -> spec.withId("rates-add")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("rate-date")), LocalDate.of(2024, 1, 5));
        assertThat(combo("rate-base").getValue()).as("a new rate starts from the reporting currency").isEqualTo("CHF");
        _setValue(combo("rate-base"), "EUR");
        _setValue(combo("rate-quote"), "EUR");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("rate-rate")), new BigDecimal("1.0921"));
        _click(_get(Button.class, spec -> spec.withId("rate-save")));
        assertThat(combo("rate-quote").isInvalid()).isTrue();
        assertThat(combo("rate-quote").getErrorMessage()).isEqualTo("Base and quote are both EUR: choose two currencies.");
        _setValue(combo("rate-quote"), "USD");
        _click(_get(Button.class, spec -> spec.withId("rate-save")));

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormatted(grid(), 0, "base") + "→" + _getFormatted(grid(), 0, "quote")).isEqualTo("EUR→USD");
        assertThat(_getFormatted(grid(), 0, "rate")).isEqualTo("1.0921");
        long id = grid().getGenericDataView().getItems().findFirst().orElseThrow().id();

        _click(rowButton("rate-edit-" + id));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("rate-rate")), new BigDecimal("1.1"));
        _click(_get(Button.class, spec -> spec.withId("rate-save")));
        assertThat(_getFormatted(grid(), 0, "rate")).isEqualTo("1.1");

        Button delete = rowButton("rate-delete-" + id);
        assertThat(delete.getAriaLabel()).contains("Delete the rate EUR→USD on Jan 5, 2024");
        _click(delete);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("rate-delete-confirm")));
        assertThat(_size(grid())).isZero();
    }

    @Test
    void theListFiltersByCurrencyAndDays() {
        for (String quote : new String[] {"USD", "GBP"}) {
            for (int day = 1; day <= 3; day++) {
                rates().save(null, new dev.rapport.platform.money.ExchangeRateDraft(LocalDate.of(2024, 1, day), "EUR",
                        quote, BigDecimal.ONE), Actor.SYSTEM);
            }
        }
        ui.open("admin/exchange-rates");
        assertThat(_size(grid())).isEqualTo(6);

        _setValue(_get(TextField.class, spec -> spec.withId("rates-currency")), "gbp");
        _setValue(_get(DatePicker.class, spec -> spec.withId("rates-from")), LocalDate.of(2024, 1, 2));
        assertThat(_size(grid())).isEqualTo(2);
        assertThat(_getFormatted(grid(), 0, "quote")).isEqualTo("GBP");
    }

    @Test
    void aFileIsPreviewedWithEveryProblemByRowAndImportedWithProgress() {
        ui.open("admin/exchange-rates");
        upload("Date,USD,XYZ\n2024-01-05,1.0921,2\n2024-01-04,abc,2\n");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Row 1: 'XYZ' is not an ISO 4217 currency code.",
                "Row 3, column USD: 'abc' is not a number (write a decimal point).");
        assertThat(visible("rates-import")).as("a file with problems cannot be imported").isFalse();

        upload("Date,USD,JPY,\n2024-01-05,1.0921,158.32,\n2024-01-04,1.0953,N/A,\n");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rates-file-summary")).getText())
                .isEqualTo("ECB reference rates: 3 rates of EUR, JPY, USD from Jan 4, 2024 to Jan 5, 2024; 0 problems.");
        _click(_get(Button.class, spec -> spec.withId("rates-import")));
        awaitVisible("rates-result");

        assertThat(_get(Paragraph.class, spec -> spec.withId("rates-result")).getText()).isEqualTo("Imported 3 rates.");
        assertThat(_size(grid())).isEqualTo(3);
    }

    @Test
    void otherRolesAreRefusedThePage() {
        ui.actAs(ui.kernel().newActor(Role.MANAGER, "sales"));
        ui.open("admin/exchange-rates");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("rates"))).isEmpty();
    }

    /** A button of the grid's first row (component columns are not in the component tree Karibu searches). */
    private static Button rowButton(String id) {
        return _get(_getCellComponent(grid(), 0, "actions"), Button.class, spec -> spec.withId(id));
    }

    private static void upload(String csv) {
        _upload(_get(Upload.class, spec -> spec.withId("rates-upload")), "rates.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean visible(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    /** Runs round trips until the import's thread has pushed its result. */
    private static void awaitVisible(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!visible(id)) {
            assertThat(System.nanoTime()).as("the import finished in time").isLessThan(deadline);
            MockVaadin.clientRoundtrip(false);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
