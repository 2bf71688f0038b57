package dev.rapport.plugin.service.ui.queue;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.QueueCounts;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.sdk.ui.Formats;
import dev.rapport.plugin.service.ui.Links;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.plugin.service.ui.request.ClockBar;
import dev.rapport.plugin.service.ui.request.NewRequestDialog;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A team's queue: its open requests soonest due first (keyset-paged), filtered by status, with the counts per
 * status and SLA state above; a new request from here.
 */
public final class QueueView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final RequestService requests;
    private final Select<Queue> queue = new Select<>();
    private final MultiSelectComboBox<RequestStatus> statuses = new MultiSelectComboBox<>();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Grid<ServiceRequest> grid = new Grid<>();

    public QueueView(PluginContext context, RequestService requests, QueueService queues) {
        this.context = context;
        this.requests = requests;
        setId("service-queue");
        setSizeFull();
        Formats formats = Formats.current();
        Map<Long, String> userNames = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, UserInfo::displayName));

        queue.setId("queue-select");
        queue.setLabel(getTranslation("service.queue.queue"));
        List<Queue> all = queues.all();
        queue.setItems(all);
        queue.setItemLabelGenerator(Queue::name);
        statuses.setId("queue-status-filter");
        statuses.setLabel(getTranslation("service.queue.statuses"));
        statuses.setItems(RequestStatus.values());
        statuses.setItemLabelGenerator(LABELS.generator(this));
        statuses.setValue(RequestStatus.OPEN);
        queue.addValueChangeListener(change -> refresh());
        statuses.addValueChangeListener(change -> refresh());
        counts.setId("queue-counts");

        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(request -> Links.to(ServiceNavigation.request(request.id()), "#" + request.id() + " "
                + request.subject())).setHeader(getTranslation("service.queue.request")).setFlexGrow(3);
        grid.addColumn(request -> context.customers().find(request.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + request.customerId())).setHeader(getTranslation("service.queue.customer")).setFlexGrow(2);
        grid.addComponentColumn(request -> LABELS.badge(this, request.status(), request.status().isOpen() ? "" : "success"))
                .setHeader(getTranslation("service.queue.status"));
        grid.addColumn(request -> LABELS.of(this, request.priority())).setHeader(getTranslation("service.queue.priority"));
        grid.addColumn(request -> request.assigneeId() == null ? "" : userNames.getOrDefault(request.assigneeId(),
                "#" + request.assigneeId())).setHeader(getTranslation("service.queue.assignee"));
        grid.addComponentColumn(request -> slaBadge(request, formats)).setHeader(getTranslation("service.queue.sla"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("service.queue.empty"));

        Button create = new Button(getTranslation("service.queue.new"), VaadinIcon.PLUS.create(), click ->
                new NewRequestDialog(context, requests, queues, null, null,
                        id -> UI.getCurrent().navigate(ServiceNavigation.request(id))).open());
        create.setId("queue-new-request");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(context.security().hasRole(Role.AGENT));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("service.queue.title")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(queue, statuses);
        add(header, filters, counts, grid);
        expand(grid);
        if (!all.isEmpty()) {
            queue.setValue(all.getFirst());
        }
    }

    private Span slaBadge(ServiceRequest request, Formats formats) {
        ClockBar.State state = request.clocks().breached() ? ClockBar.State.BREACHED
                : request.clocks().due() != null ? ClockBar.State.RUNNING
                : request.status().isOpen() ? ClockBar.State.PAUSED : ClockBar.State.MET;
        Span badge = new Span(switch (state) {
            case RUNNING -> getTranslation("service.queue.due", formats.dateTime(request.clocks().due()));
            case PAUSED -> getTranslation("service.clock.paused");
            case MET -> getTranslation("service.clock.met");
            case BREACHED -> getTranslation("service.queue.breached");
        });
        badge.getElement().getThemeList().add("badge " + switch (state) {
            case BREACHED -> "error";
            case MET -> "success";
            case PAUSED -> "contrast";
            case RUNNING -> "";
        });
        badge.addClassName("queue-sla-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private void refresh() {
        Queue selected = queue.getValue();
        counts.removeAll();
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        QueueCounts numbers = requests.counts(selected.id());
        counts.add(count("open", numbers.open()), count("onTrack", numbers.onTrack()),
                count("paused", numbers.paused()), count("breached", numbers.breached()));
        for (RequestStatus status : RequestStatus.OPEN.stream().sorted().toList()) {
            Span byStatus = new Span(LABELS.of(this, status) + ": " + numbers.byStatus().getOrDefault(status, 0));
            byStatus.getElement().getThemeList().add("badge contrast");
            counts.add(byStatus);
        }
        Set<RequestStatus> chosen = statuses.getValue().isEmpty() ? EnumSet.copyOf(RequestStatus.OPEN)
                : EnumSet.copyOf(statuses.getValue());
        KeysetPager<ServiceRequest> pager = new KeysetPager<>((after, limit) ->
                requests.page(selected.id(), chosen, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    private Span count(String key, int value) {
        Span span = new Span(getTranslation("service.queue.count." + key, value));
        span.setId("queue-count-" + key);
        span.getElement().getThemeList().add("badge" + ("breached".equals(key) && value > 0 ? " error" : ""));
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("service.queue.title");
    }
}
