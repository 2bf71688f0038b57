package dev.rapport.plugin.service.ui.request;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dev.rapport.plugin.service.request.DuplicateRequests;
import dev.rapport.plugin.service.request.HistoryEntry;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.rma.RmaStatus;
import dev.rapport.plugin.service.survey.PublicAddress;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.plugin.service.ui.Links;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.plugin.service.ui.rma.RmaPanel;
import dev.rapport.sdk.ui.Formats;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.UserInfo;
import java.util.Map;

/**
 * A service request: its facts, its two SLA clocks as bars, the actions (status, priority, take it, reply to the
 * customer, internal note, log time) and its history. Decisions are in {@link RequestDetailLogic}.
 */
public final class RequestDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String REQUEST_ID = "requestId";

    private final PluginContext context;
    private final RequestService requests;
    private final RmaService rmas;
    private final SurveyService surveys;
    private final DuplicateRequests duplicates;
    private RequestDetailLogic logic;

    public RequestDetailView(PluginContext context, RequestService requests, RmaService rmas, SurveyService surveys,
                             DuplicateRequests duplicates) {
        this.context = context;
        this.requests = requests;
        this.duplicates = duplicates;
        this.rmas = rmas;
        this.surveys = surveys;
        setId("service-request");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(REQUEST_ID).orElse("");
        try {
            logic = new RequestDetailLogic(requests, context.clock(), Long.parseLong(id));
        } catch (NumberFormatException | dev.rapport.sdk.error.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("service.error.notFound"));
            return;
        }
        draw();
    }

    /** Opens the view on a request without the router (the 360° view's dialog and the tests). */
    public void show(long requestId) {
        logic = new RequestDetailLogic(requests, context.clock(), requestId);
        draw();
    }

    private void draw() {
        removeAll();
        ServiceRequest request = logic.request();
        Formats formats = Formats.current();
        String customer = context.customers().find(request.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + request.customerId());
        Span status = LABELS.badge(this, request.status(), request.status().isOpen() ? "" : "success");
        status.setId("request-status");
        HorizontalLayout title = new HorizontalLayout(new H2("#" + request.id() + " " + request.subject()), status);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph facts = new Paragraph(customer + " · " + LABELS.of(this, request.channel()) + " · "
                + LABELS.of(this, request.priority()) + (request.category() == null ? "" : " · " + request.category())
                + " · " + getTranslation("service.request.opened", formats.dateTime(request.openedAt())));
        facts.setId("request-facts");
        ClockBar response = new ClockBar(getTranslation("service.clock.response"), request.clocks().response(),
                logic.responseSpent(), formats);
        response.setId("request-clock-response");
        ClockBar resolution = new ClockBar(getTranslation("service.clock.resolution"), request.clocks().resolution(),
                logic.resolutionSpent(), formats);
        resolution.setId("request-clock-resolution");
        add(title, facts, response, resolution);
        if (request.mergedIntoId() != null) {
            Paragraph merged = new Paragraph(getTranslation("service.merge.mergedInto") + " ");
            merged.add(Links.to(ServiceNavigation.request(request.mergedIntoId()), "#" + request.mergedIntoId()));
            merged.setId("request-merged-into");
            add(merged);
        }
        if (request.description() != null) {
            add(new Paragraph(request.description()));
        }
        if (request.status().isOpen() || request.status() == RequestStatus.RESOLVED) {
            add(actions(request));
        }
        if (request.status().isOpen()) {
            add(new DuplicatesPanel(duplicates, request, () -> {
                logic.reload();
                draw();
            }));
        }
        surveys.ofRequest(request.id()).ifPresent(survey ->
                add(new SurveyPanel(surveys, new PublicAddress(context.settings()), context.mail(), survey)));
        add(new RmaPanel(context, rmas, request.id(), request.status().isOpen()));
        add(new H4(getTranslation("service.request.history")), history(request, formats));
    }

    private VerticalLayout actions(ServiceRequest request) {
        Select<RequestStatus> status = new Select<>();
        status.setId("request-next-status");
        status.setLabel(getTranslation("service.request.moveTo"));
        status.setItems(logic.nextStatuses());
        status.setItemLabelGenerator(LABELS.generator(this));
        Button move = new Button(getTranslation("service.request.move"), click -> {
            if (status.getValue() != null) {
                act(Map.of("status", status), () -> logic.moveTo(status.getValue(), null));
            }
        });
        move.setId("request-move");
        Select<Priority> priority = new Select<>();
        priority.setId("request-priority");
        priority.setLabel(getTranslation("service.request.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(LABELS.generator(this));
        priority.setValue(request.priority());
        priority.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && change.getValue() != request.priority()) {
                act(Map.of("priority", priority), () -> logic.changePriority(change.getValue()));
            }
        });
        Long me = context.security().currentUser().map(UserInfo::id).orElse(null);
        Button take = new Button(getTranslation("service.request.take"), click -> act(Map.of(), () -> logic.assign(me)));
        take.setId("request-take");
        take.setVisible(me != null && !me.equals(request.assigneeId()) && request.status().isOpen());
        HorizontalLayout workflow = new HorizontalLayout(status, move, priority, take);
        workflow.setAlignItems(FlexComponent.Alignment.BASELINE);

        TextArea text = new TextArea(getTranslation("service.request.text"));
        text.setId("request-text");
        text.setWidthFull();
        text.setMaxLength(RequestService.MAX_TEXT);
        Select<RequestStatus> then = new Select<>();
        then.setId("request-reply-then");
        then.setLabel(getTranslation("service.request.replyThen"));
        then.setItems(RequestStatus.IN_PROGRESS, RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.RESOLVED);
        then.setItemLabelGenerator(LABELS.generator(this));
        then.setValue(RequestStatus.IN_PROGRESS);
        Button reply = new Button(getTranslation("service.request.reply"), click ->
                act(Map.of("text", text), () -> logic.reply(text.getValue(), then.getValue())));
        reply.setId("request-reply");
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button note = new Button(getTranslation("service.request.note"), click ->
                act(Map.of("text", text), () -> logic.note(text.getValue())));
        note.setId("request-note");
        IntegerField minutes = new IntegerField(getTranslation("service.request.minutes"));
        minutes.setId("request-minutes");
        Button logTime = new Button(getTranslation("service.request.logTime"), click ->
                act(Map.of("minutes", minutes), () -> logic.logTime(minutes.getValue() == null ? 0 : minutes.getValue())));
        logTime.setId("request-log-time");
        HorizontalLayout write = new HorizontalLayout(then, reply, note, minutes, logTime);
        write.setAlignItems(FlexComponent.Alignment.BASELINE);
        write.setVisible(request.status().isOpen());
        text.setVisible(request.status().isOpen());
        VerticalLayout actions = new VerticalLayout(workflow, text, write);
        actions.setPadding(false);
        return actions;
    }

    private void act(Map<String, ? extends com.vaadin.flow.component.HasValidation> fields, Runnable action) {
        if (Feedback.attempt(this, fields, action)) {
            Feedback.success(this, "service.request.saved");
            logic.reload();
            draw();
        }
    }

    private Grid<HistoryEntry> history(ServiceRequest request, Formats formats) {
        Map<Long, String> names = new java.util.HashMap<>();
        context.staff().activeUsers().forEach(user -> names.put(user.id(), user.displayName()));
        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("request-history");
        grid.addColumn(entry -> formats.dateTime(entry.occurredAt())).setHeader(getTranslation("service.history.when"));
        grid.addColumn(entry -> LABELS.of(this, entry.kind())).setHeader(getTranslation("service.history.what"));
        grid.addColumn(entry -> describe(entry)).setHeader(getTranslation("service.history.detail")).setFlexGrow(3);
        grid.addColumn(entry -> entry.actorUserId() == null ? getTranslation("service.history.system")
                : names.getOrDefault(entry.actorUserId(), "#" + entry.actorUserId())).setHeader(getTranslation("service.history.who"));
        grid.setItems(requests.history(request.id(), 0, 500));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String describe(HistoryEntry entry) {
        String change = entry.fromValue() == null && entry.toValue() == null ? ""
                : (entry.fromValue() == null ? "" : label(entry.fromValue()) + " → ") + label(entry.toValue());
        return entry.detail() == null ? change : change.isEmpty() ? entry.detail() : change + ": " + entry.detail();
    }

    private String label(String value) {
        if (value == null) {
            return "";
        }
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(RequestStatus.class, Priority.class,
                RmaStatus.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return LABELS.of(this, constant);
                }
            }
        }
        return value;
    }

    @Override
    public String getPageTitle() {
        return logic == null ? getTranslation("service.request.title") : "#" + logic.request().id() + " " + logic.request().subject();
    }
}
