package dev.rapport.plugin.fieldservice.ui.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.schedule.DayProblem;
import dev.rapport.plugin.fieldservice.schedule.MoveRefusedException;
import dev.rapport.plugin.fieldservice.schedule.PlanDayJob;
import dev.rapport.plugin.fieldservice.schedule.ScheduleService;
import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.schedule.solver.Visit;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.JobRunProgress;
import dev.rapport.sdk.ui.Feedback;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dispatch board of a day: a row per technician with their jobs on a timeline in route order and the travel
 * between them, the unassigned jobs with the reason beside it. "Plan the day" runs the solver as a background job
 * (progress, cancel); a job dragged onto another row, or moved from its dialog, is checked against the hard rules and
 * refused with the reason, or pinned there. "Dispatch" sends the day's scheduled jobs to the technicians.
 */
public final class DispatchBoardView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final ScheduleService schedule;
    private final DatePicker day = new DatePicker();
    private final Div rows = new Div();
    private final VerticalLayout unassigned = new VerticalLayout();
    private final HorizontalLayout progress = new HorizontalLayout();
    private DayProblem problem;

    public DispatchBoardView(PluginContext context, ScheduleService schedule, WorkOrderService workOrders,
                             FieldSettings settings) {
        this.context = context;
        this.schedule = schedule;
        setId("field-board");
        setSizeFull();
        day.setId("board-day");
        day.setLabel(getTranslation("fieldservice.board.day"));
        day.setValue(LocalDate.ofInstant(context.clock().instant(), settings.zone()));
        day.addValueChangeListener(change -> refresh());
        Button plan = new Button(getTranslation("fieldservice.board.plan"), click -> startPlanning());
        plan.setId("board-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dispatch = new Button(getTranslation("fieldservice.board.dispatch"), click -> {
            int sent = workOrders.dispatch(day.getValue());
            Feedback.success(this, "fieldservice.board.dispatched", sent);
            refresh();
        });
        dispatch.setId("board-dispatch");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("fieldservice.board.title")), day, plan,
                dispatch, progress);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.setId("board-rows");
        rows.setWidthFull();
        unassigned.setId("board-unassigned");
        unassigned.setWidth("22em");
        unassigned.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(rows, unassigned);
        body.setSizeFull();
        body.setFlexGrow(1, rows);
        add(toolbar, body);
        refresh();
    }

    private void startPlanning() {
        context.settings().put(PlanDayJob.DAY_SETTING, day.getValue().toString());
        try {
            long runId = context.jobs().start(PlanDayJob.ID);
            progress.removeAll();
            progress.add(new JobRunProgress(context.jobs(), runId).onFinished(run -> refresh()));
        } catch (IllegalStateException running) {
            Feedback.error(this, getTranslation("fieldservice.board.alreadyPlanning"));
        }
    }

    void refresh() {
        problem = schedule.load(day.getValue());
        rows.removeAll();
        for (TechnicianRoute route : problem.plan().getRoutes()) {
            rows.add(new RouteRow(route, this::openJob, moveTo(route)));
        }
        unassigned.removeAll();
        unassigned.add(new H3(getTranslation("fieldservice.board.unassigned")));
        problem.plan().getVisits().stream().filter(visit -> visit.getRoute() == null).forEach(visit -> {
            WorkOrder order = problem.order(visit.getId());
            Div card = new Div(new Span(visit.label()), new Paragraph(order.explanation() == null ? ""
                    : order.explanation()));
            card.setId("unassigned-" + visit.getId());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-xs)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("cursor", "grab");
            card.addClickListener(click -> openJob(visit));
            DragSource.create(card).setDragData(visit.getId());
            unassigned.add(card);
        });
    }

    private java.util.function.BiConsumer<Long, Integer> moveTo(TechnicianRoute route) {
        return (workOrderId, position) -> move(workOrderId, route.technicianId(), position);
    }

    /** Moves a job as the dispatcher asked; a refusal names the broken rules and changes nothing. */
    void move(long workOrderId, long technicianId, int position) {
        WorkOrder order = problem.order(workOrderId);
        if (order == null) {
            return;
        }
        try {
            Feedback.attempt(this, Map.of(), () -> schedule.move(day.getValue(), workOrderId, order.version(),
                    technicianId, position));
        } catch (MoveRefusedException refused) {
            Feedback.error(this, getTranslation("fieldservice.board.refused", refused.brokenConstraints().stream()
                    .map(name -> getTranslation("fieldservice.constraint." + name)).collect(Collectors.joining("; "))));
        }
        refresh();
    }

    private void openJob(Visit visit) {
        WorkOrder order = problem.order(visit.getId());
        Dialog dialog = new Dialog();
        dialog.setId("job-dialog");
        dialog.setHeaderTitle(visit.label());
        Select<TechnicianRoute> technician = new Select<>();
        technician.setId("job-technician");
        technician.setLabel(getTranslation("fieldservice.board.technician"));
        technician.setItems(problem.plan().getRoutes());
        technician.setItemLabelGenerator(TechnicianRoute::name);
        if (visit.getRoute() != null) {
            technician.setValue(visit.getRoute());
        }
        IntegerField position = new IntegerField(getTranslation("fieldservice.board.position"));
        position.setId("job-position");
        position.setMin(1);
        position.setValue(visit.getRoute() == null ? 1 : visit.getRoute().getVisits().indexOf(visit) + 1);
        Button move = new Button(getTranslation("fieldservice.board.move"), click -> {
            if (technician.getValue() != null) {
                dialog.close();
                move(visit.getId(), technician.getValue().technicianId(),
                        position.getValue() == null ? 0 : position.getValue() - 1);
            }
        });
        move.setId("job-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(order.siteAddress()), new Paragraph(order.explanation() == null ? ""
                : order.explanation()), technician, position);
        dialog.getFooter().add(new Button(getTranslation("fieldservice.cancel"), click -> dialog.close()), move);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldservice.board.title");
    }
}
