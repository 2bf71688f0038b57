package dev.rapport.plugin.service.ui.admin;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.agreement.Agreement;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.ServiceCalendar;
import dev.rapport.plugin.service.agreement.Targets;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.ui.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service agreements, keyset-paged: whom each covers (a customer, perhaps one product; none: the default), the
 * request categories, the period, the calendar, and response and resolution targets per priority in minutes.
 */
final class AgreementAdmin extends VerticalLayout {

    private final PluginContext context;
    private final AgreementService agreements;
    private final Grid<Agreement> grid = new Grid<>();

    AgreementAdmin(PluginContext context, AgreementService agreements) {
        this.context = context;
        this.agreements = agreements;
        setPadding(false);
        setSizeFull();
        Formats formats = Formats.current();
        grid.setId("admin-agreements");
        grid.addColumn(Agreement::name).setHeader(getTranslation("service.admin.name")).setFlexGrow(2);
        grid.addColumn(agreement -> agreement.customerId() == null ? getTranslation("service.admin.everyone")
                : context.customers().find(agreement.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + agreement.customerId())).setHeader(getTranslation("service.admin.customer")).setFlexGrow(2);
        grid.addColumn(agreement -> formats.date(agreement.validFrom()) + " – "
                + (agreement.validTo() == null ? "" : formats.date(agreement.validTo())))
                .setHeader(getTranslation("service.admin.period"));
        grid.addColumn(agreement -> agreements.calendar(agreement.calendarId()).name())
                .setHeader(getTranslation("service.admin.calendar"));
        grid.addComponentColumn(agreement -> new HorizontalLayout(
                new Button(getTranslation("service.admin.edit"), click -> edit(agreement)),
                AdminForms.deleteButton(this, () -> AdminForms.confirmDelete(this, agreement.name(),
                        () -> agreements.deleteAgreement(agreement.id()), this::refresh))));
        Button create = new Button(getTranslation("service.admin.newAgreement"), VaadinIcon.PLUS.create(),
                click -> edit(new Agreement(0, "", null, null, Set.of(), LocalDate.now(context.clock()), null,
                        agreements.calendars().getFirst().id(), AgreementService.standardTargets(), 0)));
        create.setId("admin-new-agreement");
        add(create, grid);
        expand(grid);
        refresh();
    }

    private void edit(Agreement agreement) {
        TextField name = new TextField(getTranslation("service.admin.name"));
        name.setId("agreement-name");
        name.setValue(agreement.name());
        name.setMaxLength(150);
        ComboBox<CustomerInfo> customer = new ComboBox<>(getTranslation("service.admin.customer"));
        customer.setItems(query -> context.customers().search(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        customer.setItemLabelGenerator(CustomerInfo::displayName);
        customer.setPlaceholder(getTranslation("service.admin.everyone"));
        Optional.ofNullable(agreement.customerId()).flatMap(context.customers()::find).ifPresent(customer::setValue);
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation("service.rma.product"));
        List<ProductInfo> products = context.customers().products();
        product.setItems(products);
        product.setItemLabelGenerator(ProductInfo::name);
        products.stream().filter(p -> agreement.productId() != null && p.id() == agreement.productId()).findFirst()
                .ifPresent(product::setValue);
        TextField categories = new TextField(getTranslation("service.admin.categories"));
        categories.setHelperText(getTranslation("service.admin.categoriesHelp"));
        categories.setValue(String.join(", ", agreement.categories()));
        DatePicker from = new DatePicker(getTranslation("service.admin.validFrom"), agreement.validFrom());
        DatePicker to = new DatePicker(getTranslation("service.admin.validTo"), agreement.validTo());
        Select<ServiceCalendar> calendar = new Select<>();
        calendar.setLabel(getTranslation("service.admin.calendar"));
        List<ServiceCalendar> calendars = agreements.calendars();
        calendar.setItems(calendars);
        calendar.setItemLabelGenerator(ServiceCalendar::name);
        calendars.stream().filter(c -> c.id() == agreement.calendarId()).findFirst().ifPresent(calendar::setValue);
        FormLayout form = new FormLayout(name, customer, product, categories, from, to, calendar);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("name", name, "validFrom", from, "validTo", to,
                "calendar", calendar));
        Map<Priority, IntegerField[]> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Targets current = agreement.targets().get(priority);
            IntegerField response = minutes(getTranslation("service.admin.responseMinutes", LABELS.of(this, priority)),
                    current == null ? null : current.response().toMinutes());
            IntegerField resolution = minutes(getTranslation("service.admin.resolutionMinutes",
                    LABELS.of(this, priority)), current == null ? null : current.resolution().toMinutes());
            targets.put(priority, new IntegerField[] {response, resolution});
            fields.put("targets." + priority.name(), resolution);
            form.add(response, resolution);
        }
        AdminForms.dialog(this, agreement.id() == 0 ? "service.admin.newAgreement" : "service.admin.editAgreement",
                form, fields, () -> agreements.saveAgreement(new Agreement(agreement.id(), name.getValue(),
                        Optional.ofNullable(customer.getValue()).map(CustomerInfo::id).orElse(null),
                        Optional.ofNullable(product.getValue()).map(ProductInfo::id).orElse(null),
                        Arrays.stream(categories.getValue().split(",")).map(String::strip).filter(c -> !c.isEmpty())
                                .collect(Collectors.toSet()), from.getValue(), to.getValue(),
                        Optional.ofNullable(calendar.getValue()).map(ServiceCalendar::id).orElse(0L),
                        targetsOf(targets), agreement.version())),
                this::refresh);
    }

    private static IntegerField minutes(String label, Long value) {
        IntegerField field = new IntegerField(label);
        field.setMin(1);
        field.setValue(value == null ? null : value.intValue());
        return field;
    }

    private static Map<Priority, Targets> targetsOf(Map<Priority, IntegerField[]> fields) {
        Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
        fields.forEach((priority, pair) -> targets.put(priority, Targets.ofMinutes(
                pair[0].getValue() == null ? 0 : pair[0].getValue(), pair[1].getValue() == null ? 0 : pair[1].getValue())));
        return targets;
    }

    private void refresh() {
        KeysetPager<Agreement> pager = new KeysetPager<>((after, limit) ->
                agreements.page(after == null ? 0 : after.id(), limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }
}
