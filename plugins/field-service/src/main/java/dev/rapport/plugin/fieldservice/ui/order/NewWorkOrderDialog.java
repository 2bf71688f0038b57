package dev.rapport.plugin.fieldservice.ui.order;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.ui.Labels;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.ui.Feedback;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** A work order entered by hand: customer, what, where (address and coordinates), skills, duration, window, priority. */
final class NewWorkOrderDialog extends Dialog {

    NewWorkOrderDialog(PluginContext context, WorkOrderService workOrders, ZoneId zone, LongConsumer created) {
        setId("new-work-order");
        setHeaderTitle(getTranslation("fieldservice.orders.new"));
        ComboBox<CustomerInfo> customer = new ComboBox<>(getTranslation("fieldservice.orders.customer"));
        customer.setId("wo-customer");
        customer.setItems(query -> context.customers().search(query.getFilter().orElse(""), 20).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        customer.setItemLabelGenerator(CustomerInfo::displayName);
        TextField title = new TextField(getTranslation("fieldservice.orders.titleField"));
        title.setId("wo-title");
        TextField address = new TextField(getTranslation("fieldservice.orders.address"));
        address.setId("wo-address");
        NumberField lat = new NumberField(getTranslation("fieldservice.orders.lat"));
        lat.setId("wo-lat");
        NumberField lon = new NumberField(getTranslation("fieldservice.orders.lon"));
        lon.setId("wo-lon");
        TextField skills = new TextField(getTranslation("fieldservice.orders.skills"));
        skills.setId("wo-skills");
        skills.setHelperText(getTranslation("fieldservice.orders.skillsHelp"));
        IntegerField duration = new IntegerField(getTranslation("fieldservice.orders.duration"));
        duration.setId("wo-duration");
        duration.setValue(60);
        DateTimePicker from = new DateTimePicker(getTranslation("fieldservice.orders.windowStart"));
        from.setId("wo-from");
        DateTimePicker to = new DateTimePicker(getTranslation("fieldservice.orders.windowEnd"));
        to.setId("wo-to");
        Select<Priority> priority = new Select<>();
        priority.setId("wo-priority");
        priority.setLabel(getTranslation("fieldservice.orders.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Labels.LABELS.generator(this));
        priority.setValue(Priority.NORMAL);
        FormLayout form = new FormLayout(customer, title, address, lat, lon, skills, duration, from, to, priority);
        add(form);
        Button save = new Button(getTranslation("fieldservice.save"), click -> {
            if (customer.getValue() == null) {
                customer.setErrorMessage(getTranslation("fieldservice.error.required"));
                customer.setInvalid(true);
                return;
            }
            long[] id = new long[1];
            boolean done = Feedback.attempt(this, Map.of("title", title, "siteAddress", address, "site", lat,
                    "duration", duration, "windowEnd", to), () -> {
                if (lat.getValue() == null || lon.getValue() == null) {
                    throw new ValidationException(List.of(FieldError.of("site", "fieldservice.error.coordinates")));
                }
                id[0] = workOrders.create(new WorkOrderDraft(customer.getValue().id(), title.getValue(), null,
                        address.getValue(), lat.getValue(), lon.getValue(), null, null, skillSet(skills.getValue()),
                        duration.getValue() == null ? 0 : duration.getValue(),
                        from.getValue() == null ? null : from.getValue().atZone(zone).toInstant(),
                        to.getValue() == null ? null : to.getValue().atZone(zone).toInstant(), priority.getValue(),
                        Map.of(), Origin.MANUAL, null));
            });
            if (done) {
                close();
                created.accept(id[0]);
            }
        });
        save.setId("wo-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("fieldservice.cancel"), click -> close()), save);
    }

    private static Set<String> skillSet(String text) {
        return text == null || text.isBlank() ? Set.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(skill -> !skill.isEmpty()).map(String::toLowerCase).collect(Collectors.toSet());
    }
}
