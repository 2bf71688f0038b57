package dev.rapport.platform.money.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.money.ExchangeRate;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.money.RateFilter;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import java.text.NumberFormat;

/**
 * Exchange rates ({@code admin/exchange-rates}): administrators set the reporting currency, page through the rates
 * (newest day first, filtered by currency and days), add, change and delete a rate, and import a rate file.
 */
@Route(value = "admin/exchange-rates", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class ExchangeRatesView extends VerticalLayout implements HasDynamicTitle {

    private final ExchangeRateService rates;
    private final Formats formats = WebSession.formats();
    private final ComboBox<String> reportingCurrency = new ComboBox<>();
    private final TextField currency = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<ExchangeRate> grid = new Grid<>();

    public ExchangeRatesView(ExchangeRateService rates) {
        this.rates = rates;
        setSizeFull();
        H2 title = new H2(getTranslation("rates.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Details importing = new Details(getTranslation("rates.import.title"), new RateImportPanel(rates, formats, this::reload));
        importing.setId("rates-import-details");
        add(title, reportingCurrencyForm(), importing, filters(), grid);
        configureGrid();
        expand(grid);
        reload();
    }

    private HorizontalLayout reportingCurrencyForm() {
        reportingCurrency.setId("reporting-currency");
        reportingCurrency.setLabel(getTranslation("rates.reportingCurrency"));
        reportingCurrency.setHelperText(getTranslation("rates.reportingCurrencyHelp"));
        reportingCurrency.setItems(ExchangeRateDialog.CURRENCIES);
        reportingCurrency.setValue(rates.reportingCurrency());
        Button save = new Button(getTranslation("rates.reportingCurrencySave"), click -> {
            reportingCurrency.setInvalid(false);
            try {
                rates.setReportingCurrency(reportingCurrency.getValue(), WebSession.actor());
                Notifications.success(getTranslation("rates.reportingCurrencySaved", rates.reportingCurrency()));
            } catch (ValidationException e) {
                reportingCurrency.setErrorMessage(getTranslation(e.errors().getFirst().messageKey(),
                        e.errors().getFirst().arguments().toArray()));
                reportingCurrency.setInvalid(true);
            }
        });
        save.setId("reporting-currency-save");
        HorizontalLayout form = new HorizontalLayout(reportingCurrency, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout filters() {
        currency.setId("rates-currency");
        currency.setPlaceholder(getTranslation("rates.filterCurrency"));
        currency.setAriaLabel(getTranslation("rates.filterCurrency"));
        currency.setMaxLength(3);
        currency.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("rates-from");
        from.setPlaceholder(getTranslation("rates.from"));
        from.setAriaLabel(getTranslation("rates.from"));
        to.setId("rates-to");
        to.setPlaceholder(getTranslation("rates.to"));
        to.setAriaLabel(getTranslation("rates.to"));
        currency.addValueChangeListener(e -> reload());
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        Button add = new Button(getTranslation("rates.add"), VaadinIcon.PLUS.create(),
                click -> new ExchangeRateDialog(rates, null, this::reload).open());
        add.setId("rates-add");
        HorizontalLayout filters = new HorizontalLayout(currency, from, to, add);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        return filters;
    }

    private void configureGrid() {
        grid.setId("rates");
        NumberFormat number = NumberFormat.getNumberInstance(formats.locale());
        number.setMaximumFractionDigits(10);
        grid.addColumn(rate -> formats.date(rate.date())).setKey("date").setHeader(getTranslation("rates.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExchangeRate::base).setKey("base").setHeader(getTranslation("rates.base")).setAutoWidth(true);
        grid.addColumn(ExchangeRate::quote).setKey("quote").setHeader(getTranslation("rates.quote")).setAutoWidth(true);
        grid.addColumn(rate -> number.format(rate.rate())).setKey("rate").setHeader(getTranslation("rates.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(rate -> formats.dateTime(rate.changedAt())).setKey("changed")
                .setHeader(getTranslation("rates.changed")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("rates.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("rates.empty"));
    }

    private HorizontalLayout actions(ExchangeRate rate) {
        String row = getTranslation("rates.row", rate.base(), rate.quote(), formats.date(rate.date()));
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new ExchangeRateDialog(rates, rate, this::reload).open());
        edit.setAriaLabel(getTranslation("rates.editRow", row));
        edit.setId("rate-edit-" + rate.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(rate, row));
        delete.setAriaLabel(getTranslation("rates.deleteRow", row));
        delete.setId("rate-delete-" + rate.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(ExchangeRate rate, String row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("rates.deleteTitle"),
                getTranslation("rates.deleteText", row, rate.rate().toPlainString()), getTranslation("rates.delete"),
                event -> {
                    rates.delete(rate.id(), WebSession.actor());
                    Notifications.success(getTranslation("rates.deleted", row));
                    reload();
                });
        confirm.setId("rate-delete-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reload() {
        RateFilter filter = new RateFilter(currency.getValue(), from.getValue(), to.getValue());
        KeysetPager<ExchangeRate> pager = new KeysetPager<>((after, limit) -> rates.page(filter, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rates.title") + " · " + getTranslation("app.name");
    }
}
