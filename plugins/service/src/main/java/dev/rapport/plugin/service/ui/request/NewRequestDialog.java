package dev.rapport.plugin.service.ui.request;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.InteractionInfo;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Opens a service request: for a customer chosen here (from the queue) or given (from the 360° view), or from a
 * logged interaction (its subject, notes and channel filled in, the interaction linked). Refusals show on the fields.
 */
public final class NewRequestDialog extends Dialog {

    private final ComboBox<CustomerInfo> customer = new ComboBox<>();
    private final TextField subject = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Channel> channel = new Select<>();
    private final TextField category = new TextField();
    private final Select<Priority> priority = new Select<>();
    private final Select<Queue> queue = new Select<>();

    /**
     * @param fixedCustomer the customer, or null to choose one
     * @param interaction   the logged interaction the request is made from, or null
     * @param opened        told the new request's id
     */
    public NewRequestDialog(PluginContext context, RequestService requests, QueueService queues,
                            CustomerInfo fixedCustomer, InteractionInfo interaction, LongConsumer opened) {
        setHeaderTitle(getTranslation("service.new.title"));
        setId("service-new-request");
        customer.setId("new-request-customer");
        customer.setLabel(getTranslation("service.new.customer"));
        customer.setItemLabelGenerator(CustomerInfo::displayName);
        customer.setItems(query -> context.customers().search(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        if (fixedCustomer != null) {
            customer.setValue(fixedCustomer);
            customer.setReadOnly(true);
        }
        subject.setId("new-request-subject");
        subject.setLabel(getTranslation("service.new.subject"));
        subject.setMaxLength(RequestService.MAX_SUBJECT);
        subject.setRequired(true);
        description.setId("new-request-description");
        description.setLabel(getTranslation("service.new.description"));
        channel.setId("new-request-channel");
        channel.setLabel(getTranslation("service.new.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(LABELS.generator(this));
        channel.setValue(Channel.PHONE);
        category.setId("new-request-category");
        category.setLabel(getTranslation("service.new.category"));
        priority.setId("new-request-priority");
        priority.setLabel(getTranslation("service.new.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(LABELS.generator(this));
        priority.setValue(Priority.NORMAL);
        queue.setId("new-request-queue");
        queue.setLabel(getTranslation("service.new.queue"));
        List<Queue> all = queues.all();
        queue.setItems(all);
        queue.setItemLabelGenerator(Queue::name);
        if (!all.isEmpty()) {
            queue.setValue(all.getFirst());
        }
        if (interaction != null) {
            subject.setValue(interaction.subject() == null ? "" : interaction.subject());
            description.setValue(interaction.notes() == null ? "" : interaction.notes());
            channel.setValue(interaction.channel());
            subject.setReadOnly(true);
            description.setReadOnly(true);
            channel.setReadOnly(true);
        }
        FormLayout form = new FormLayout(customer, subject, channel, priority, category, queue, description);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("service.new.save"), click -> {
            Map<String, HasValidation> fields = Map.of("customer", customer, "subject", subject, "description",
                    description, "channel", channel, "category", category, "priority", priority);
            long[] id = new long[1];
            boolean done = Feedback.attempt(this, fields, () -> {
                if (customer.getValue() == null) {
                    throw new dev.rapport.sdk.error.ValidationException(List.of(
                            dev.rapport.sdk.error.FieldError.of("customer", "service.validation.required")));
                }
                Long queueId = queue.getValue() == null ? null : queue.getValue().id();
                id[0] = interaction != null
                        ? requests.openFromInteraction(interaction, queueId, category.getValue(), priority.getValue())
                        : requests.open(new RequestDraft(customer.getValue().id(), null, queueId, subject.getValue(),
                        description.getValue(), channel.getValue(), category.getValue(), priority.getValue(), null, null));
            });
            if (done) {
                close();
                opened.accept(id[0]);
            }
        });
        save.setId("new-request-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("service.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
