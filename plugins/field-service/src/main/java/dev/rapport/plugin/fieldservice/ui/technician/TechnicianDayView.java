package dev.rapport.plugin.fieldservice.ui.technician;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.inventory.OutOfStockException;
import dev.rapport.plugin.fieldservice.ui.Labels;
import dev.rapport.plugin.fieldservice.workorder.Completion;
import dev.rapport.plugin.fieldservice.workorder.PartLine;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The technician's day on a phone: today's jobs in route order, one card each with the customer, address, window and
 * planned start; the next step as one big button (start travel, arrive), and on site the report: notes, parts used,
 * outcome (with the reason when not completed), the customer's name typed as signature with the time, complete.
 */
public final class TechnicianDayView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final WorkOrderService workOrders;
    private final Map<Long, String> partNames;
    private final ZoneId zone;

    public TechnicianDayView(PluginContext context, WorkOrderService workOrders, InventoryService inventory,
                             FieldSettings settings) {
        this.context = context;
        this.workOrders = workOrders;
        this.partNames = inventory.partNames();
        this.zone = settings.zone();
        setId("field-my-day");
        setMaxWidth("28em");
        setPadding(true);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("fieldservice.myDay.title")));
        long me = context.security().currentUser().map(UserInfo::id).orElse(-1L);
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), zone);
        List<WorkOrder> jobs = workOrders.ofDay(today, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(order -> order.technicianId() != null && order.technicianId() == me
                        && today.equals(order.plannedDay()) && order.status() != WorkOrderStatus.SCHEDULED)
                .toList();
        if (jobs.isEmpty()) {
            add(new Paragraph(getTranslation("fieldservice.myDay.empty")));
        }
        jobs.forEach(job -> add(card(job)));
    }

    private Div card(WorkOrder job) {
        Formats formats = Formats.current();
        Div card = new Div();
        card.setId("my-job-" + job.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)").set("width", "100%");
        String customer = context.customers().find(job.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + job.customerId());
        card.add(new H3(job.routeOrder() + ". " + job.title()), new Span(customer),
                new Paragraph(job.siteAddress()), new Paragraph(getTranslation("fieldservice.myDay.planned",
                        job.plannedStart() == null ? "-" : formats.dateTime(job.plannedStart()),
                        formats.dateTime(job.windowStart()), formats.dateTime(job.windowEnd()))),
                Labels.LABELS.badge(this, job.status(), job.status().isClosed() ? "success" : ""));
        switch (job.status()) {
            case DISPATCHED -> card.add(step("my-start-travel", "fieldservice.myDay.startTravel",
                    () -> workOrders.startTravel(job.id(), job.version())));
            case TRAVELLING -> card.add(step("my-arrive", "fieldservice.myDay.arrive",
                    () -> workOrders.arrive(job.id(), job.version())));
            case ON_SITE -> card.add(report(job));
            default -> {
            }
        }
        return card;
    }

    private Button step(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            if (Feedback.attempt(this, Map.of(), action)) {
                refresh();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setWidthFull();
        return button;
    }

    private VerticalLayout report(WorkOrder job) {
        TextArea notes = new TextArea(getTranslation("fieldservice.myDay.notes"));
        notes.setId("my-notes");
        notes.setWidthFull();
        Map<Long, IntegerField> used = new LinkedHashMap<>();
        VerticalLayout form = new VerticalLayout(notes);
        form.setPadding(false);
        for (PartLine part : workOrders.parts(job.id())) {
            IntegerField field = new IntegerField(getTranslation("fieldservice.myDay.used",
                    partNames.getOrDefault(part.partId(), "#" + part.partId())));
            field.setId("my-used-" + part.partId());
            field.setMin(0);
            field.setValue(part.quantity());
            field.setStepButtonsVisible(true);
            used.put(part.partId(), field);
            form.add(field);
        }
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("fieldservice.myDay.outcome"));
        outcome.setId("my-outcome");
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(fixed -> getTranslation(fixed ? "fieldservice.enum.WorkOrderStatus.COMPLETED"
                : "fieldservice.enum.WorkOrderStatus.NOT_COMPLETED"));
        outcome.setValue(true);
        TextField reason = new TextField(getTranslation("fieldservice.myDay.reason"));
        reason.setId("my-reason");
        reason.setWidthFull();
        reason.setVisible(false);
        outcome.addValueChangeListener(change -> reason.setVisible(Boolean.FALSE.equals(change.getValue())));
        TextField signature = new TextField(getTranslation("fieldservice.myDay.signature"));
        signature.setId("my-signature");
        signature.setWidthFull();
        signature.setHelperText(getTranslation("fieldservice.myDay.signatureHelp"));
        Button complete = new Button(getTranslation("fieldservice.myDay.complete"));
        complete.setId("my-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        complete.setWidthFull();
        complete.addClickListener(click -> {
            Map<Long, Integer> partsUsed = new HashMap<>();
            used.forEach((part, field) -> partsUsed.put(part, field.getValue() == null ? 0 : field.getValue()));
            try {
                if (Feedback.attempt(this, Map.of("signedBy", signature, "reason", reason, "parts", notes), () ->
                        workOrders.finish(job.id(), job.version(), new Completion(Boolean.TRUE.equals(outcome.getValue()),
                                reason.getValue(), notes.getValue(), partsUsed, signature.getValue())))) {
                    Feedback.success(this, "fieldservice.myDay.completed");
                    refresh();
                }
            } catch (OutOfStockException shortage) {
                Feedback.error(this, getTranslation("fieldservice.myDay.shortage",
                        partNames.getOrDefault(shortage.partId(), "#" + shortage.partId())));
            }
        });
        form.add(outcome, reason, signature, complete);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldservice.myDay.title");
    }
}
