package ${package};

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.CustomerTab;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.pf4j.Extension;

/** The "Visits" tab of the customer 360° view: the customer's visits, and a form to record one. */
@Extension
public final class VisitsTab implements CustomerTab {

    private final PluginContext context;
    private final VisitRepository visits;

    public VisitsTab(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public String labelKey() {
        return "${pluginId}.tab";
    }

    @Override
    public Component createContent(CustomerInfo customer) {
        VerticalLayout content = new VerticalLayout();
        content.setId("${pluginId}-tab");
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Grid<Visit> list = new Grid<>();
        list.setId("${pluginId}-visits");
        list.setAllRowsVisible(true);
        list.addColumn(visit -> days.format(visit.day())).setHeader(content.getTranslation("${pluginId}.day"));
        list.addColumn(visit -> content.getTranslation("${pluginId}.status." + visit.status().name()))
                .setHeader(content.getTranslation("${pluginId}.status"));
        list.addColumn(Visit::note).setHeader(content.getTranslation("${pluginId}.note")).setFlexGrow(3);
        list.setEmptyStateText(content.getTranslation("${pluginId}.empty"));
        list.setItems(visits.forCustomer(customer.id()));

        DatePicker day = new DatePicker(content.getTranslation("${pluginId}.day"));
        day.setId("${pluginId}-day");
        day.setLocale(locale);
        day.setValue(today());
        TextArea note = new TextArea(content.getTranslation("${pluginId}.note"));
        note.setId("${pluginId}-note");
        note.setWidthFull();
        note.setMaxLength(VisitRules.MAX_NOTE);
        Button record = new Button(content.getTranslation("${pluginId}.record"));
        record.setId("${pluginId}-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> {
            day.setInvalid(false);
            note.setInvalid(false);
            try {
                visits.record(customer.id(), day.getValue(), note.getValue(), today());
                note.clear();
                list.setItems(visits.forCustomer(customer.id()));
                Notification.show(content.getTranslation("${pluginId}.saved"));
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    String message = content.getTranslation(error.messageKey(), error.arguments().toArray());
                    HasValidation field = "day".equals(error.field()) ? day : note;
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
        });
        HorizontalLayout form = new HorizontalLayout(day, note, record);
        form.setWidthFull();
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.expand(note);
        content.add(form, list);
        return content;
    }

    /** Today as the user sees it: the platform clock in the browser's time zone once the browser reported it. */
    private LocalDate today() {
        UI ui = UI.getCurrent();
        var details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        ZoneId zone = context.clock().getZone();
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException unknownZone) {
                zone = context.clock().getZone();
            }
        }
        return LocalDate.now(context.clock().withZone(zone));
    }
}
