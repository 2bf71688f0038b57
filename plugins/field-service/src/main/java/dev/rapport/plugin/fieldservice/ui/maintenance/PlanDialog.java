package dev.rapport.plugin.fieldservice.ui.maintenance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlan;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.plugin.fieldservice.maintenance.PlanDraft;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.ui.Feedback;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * A maintenance plan entered or changed: the customer (fixed once the plan exists), what is done, where (address and
 * coordinates), the skills and duration of each visit, every how many days, and the first (or next) due date. The
 * service checks every field and the version read; its refusals show on the fields.
 */
final class PlanDialog extends Dialog {

    private final ComboBox<CustomerInfo> customer = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField address = new TextField();
    private final NumberField lat = new NumberField();
    private final NumberField lon = new NumberField();
    private final TextField skills = new TextField();
    private final IntegerField duration = new IntegerField();
    private final IntegerField interval = new IntegerField();
    private final DatePicker due = new DatePicker();

    /** Opens on {@code plan}, or on a new plan when {@code plan} is null. */
    PlanDialog(PluginContext context, MaintenancePlans plans, MaintenancePlan plan, LocalDate today,
               LongConsumer saved) {
        setId("plan-dialog");
        setHeaderTitle(getTranslation(plan == null ? "fieldservice.plans.new" : "fieldservice.plans.edit"));
        label(customer, "plan-customer", "fieldservice.orders.customer");
        customer.setItems(query -> context.customers().search(query.getFilter().orElse(""), 20).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        customer.setItemLabelGenerator(CustomerInfo::displayName);
        label(title, "plan-title", "fieldservice.plans.titleField");
        label(address, "plan-address", "fieldservice.orders.address");
        label(lat, "plan-lat", "fieldservice.orders.lat");
        label(lon, "plan-lon", "fieldservice.orders.lon");
        label(skills, "plan-skills", "fieldservice.orders.skills");
        skills.setHelperText(getTranslation("fieldservice.orders.skillsHelp"));
        label(duration, "plan-duration", "fieldservice.orders.duration");
        label(interval, "plan-interval", "fieldservice.plans.interval");
        interval.setHelperText(getTranslation("fieldservice.plans.intervalHelp"));
        label(due, "plan-due", plan == null ? "fieldservice.plans.firstDue" : "fieldservice.plans.nextDue");
        if (plan == null) {
            duration.setValue(60);
            interval.setValue(365);
            due.setMin(today);
        } else {
            show(context, plan.draft());
        }
        add(new FormLayout(customer, title, address, lat, lon, skills, duration, interval, due));
        Button save = new Button(getTranslation("fieldservice.save"), click -> save(plans, plan, saved));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("fieldservice.cancel"), click -> close()), save);
    }

    private void show(PluginContext context, PlanDraft draft) {
        context.customers().find(draft.customerId()).ifPresent(found -> {
            customer.setItems(found);
            customer.setValue(found);
        });
        customer.setReadOnly(true);
        title.setValue(draft.title());
        address.setValue(draft.siteAddress());
        lat.setValue(draft.site().lat());
        lon.setValue(draft.site().lon());
        skills.setValue(String.join(", ", draft.skills()));
        duration.setValue(draft.durationMinutes());
        interval.setValue(draft.intervalDays());
        due.setValue(draft.nextDue());
    }

    private void save(MaintenancePlans plans, MaintenancePlan plan, LongConsumer saved) {
        PlanDraft draft = new PlanDraft(customer.getValue() == null ? 0 : customer.getValue().id(), title.getValue(),
                address.getValue(), new GeoPoint(orNaN(lat.getValue()), orNaN(lon.getValue())),
                Arrays.stream(skills.getValue().split(",")).collect(Collectors.toSet()),
                duration.getValue() == null ? 0 : duration.getValue(), interval.getValue() == null ? 0 : interval.getValue(),
                due.getValue());
        long[] id = {plan == null ? 0 : plan.id()};
        boolean done = Feedback.attempt(this, Map.of("customer", customer, "title", title, "siteAddress", address,
                "site", lat, "skills", skills, "duration", duration, "interval", interval, "nextDue", due), () -> {
                    if (plan == null) {
                        id[0] = plans.create(draft);
                    } else {
                        plans.update(plan.id(), plan.version(), draft);
                    }
                });
        if (done) {
            close();
            saved.accept(id[0]);
        }
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private <T extends Component & HasLabel> void label(T field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }
}
