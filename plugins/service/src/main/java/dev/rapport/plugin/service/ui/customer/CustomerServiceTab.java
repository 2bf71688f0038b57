package dev.rapport.plugin.service.ui.customer;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.sdk.ui.Formats;
import dev.rapport.plugin.service.ui.Links;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.plugin.service.ui.request.NewRequestDialog;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerTab;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.security.Role;
import java.util.List;
import org.pf4j.Extension;

/**
 * The "Service" tab of the customer 360° view: the customer's requests (newest first, with their status and SLA),
 * a new request, and their recent inbound contacts, each of which can become a request.
 */
@Extension
public final class CustomerServiceTab implements CustomerTab {

    private static final int SHOWN = 50;

    private final PluginContext context;
    private final RequestService requests;
    private final QueueService queues;

    public CustomerServiceTab(PluginContext context, RequestService requests, QueueService queues) {
        this.context = context;
        this.requests = requests;
        this.queues = queues;
    }

    @Override
    public String labelKey() {
        return "service.tab";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public Component createContent(CustomerInfo customer) {
        VerticalLayout content = new VerticalLayout();
        content.setId("service-tab");
        Formats formats = Formats.current();
        boolean agent = context.security().hasRole(Role.AGENT);
        Button create = new Button(content.getTranslation("service.queue.new"), VaadinIcon.PLUS.create(), click ->
                new NewRequestDialog(context, requests, queues, customer, null, this::navigate).open());
        create.setId("service-tab-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(agent);

        Grid<ServiceRequest> grid = new Grid<>();
        grid.setId("service-tab-requests");
        grid.addComponentColumn(request -> Links.to(ServiceNavigation.request(request.id()), "#" + request.id() + " "
                + request.subject())).setHeader(content.getTranslation("service.queue.request")).setFlexGrow(3);
        grid.addColumn(request -> LABELS.of(content, request.status())).setHeader(content.getTranslation("service.queue.status"));
        grid.addColumn(request -> LABELS.of(content, request.priority())).setHeader(content.getTranslation("service.queue.priority"));
        grid.addColumn(request -> formats.dateTime(request.openedAt())).setHeader(content.getTranslation("service.tab.opened"));
        grid.setItems(requests.ofCustomer(customer.id(), SHOWN));
        grid.setEmptyStateText(content.getTranslation("service.tab.none"));
        grid.setAllRowsVisible(true);
        content.add(create, grid);

        List<InteractionInfo> inbound = context.interactions().recent(customer.id(), 20).stream()
                .filter(interaction -> interaction.direction() == Direction.INBOUND).toList();
        if (agent && !inbound.isEmpty()) {
            Grid<InteractionInfo> contacts = new Grid<>();
            contacts.setId("service-tab-contacts");
            contacts.addColumn(interaction -> formats.dateTime(interaction.occurredAt()))
                    .setHeader(content.getTranslation("service.tab.when"));
            contacts.addColumn(interaction -> LABELS.of(content, interaction.channel()))
                    .setHeader(content.getTranslation("service.new.channel"));
            contacts.addColumn(InteractionInfo::subject).setHeader(content.getTranslation("service.new.subject")).setFlexGrow(3);
            contacts.addComponentColumn(interaction -> {
                Button make = new Button(content.getTranslation("service.tab.makeRequest"), click ->
                        new NewRequestDialog(context, requests, queues, customer, interaction, this::navigate).open());
                make.addClassName("service-tab-make-request");
                return make;
            }).setKey("make");
            contacts.setItems(inbound);
            contacts.setAllRowsVisible(true);
            content.add(new H4(content.getTranslation("service.tab.contacts")), contacts);
        }
        return content;
    }

    private void navigate(long requestId) {
        UI.getCurrent().navigate(ServiceNavigation.request(requestId));
    }
}
