package dev.rapport.plugin.fieldservice.ui.board;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.schedule.solver.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One technician's day on the board: their name and a timeline from {@value #FIRST_HOUR}:00 to {@value #LAST_HOUR}:00
 * with the travel (grey) before each job and the jobs as blocks numbered in route order. A job dropped on the row goes
 * to the end of this route, dropped on a job it goes before it. A block whose visit breaks a rule is marked as a
 * conflict with the reasons in its title.
 */
final class RouteRow extends Div {

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 19;
    private static final double SPAN_MINUTES = (LAST_HOUR - FIRST_HOUR) * 60.0;

    RouteRow(TechnicianRoute route, Consumer<Visit> open, BiConsumer<Long, Integer> dropped) {
        setId("route-" + route.technicianId());
        addClassName("fsd-route");
        getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("min-height", "3em");
        Span name = new Span(route.name());
        name.getStyle().set("width", "10em").set("flex", "none").set("font-weight", "600");
        Div timeline = new Div();
        timeline.getStyle().set("position", "relative").set("flex", "1").set("height", "2.6em")
                .set("background", "var(--lumo-contrast-5pct)");
        route.absences().forEach(absence -> timeline.add(block(absence[0], absence[1] - absence[0],
                "var(--lumo-error-color-10pct)", "")));
        int order = 1;
        for (Visit visit : route.getVisits()) {
            int travel = visit.minutesFromPrevious();
            timeline.add(block(visit.getStart() - travel, travel, "var(--lumo-contrast-20pct)", ""));
            List<String> conflicts = conflicts(visit);
            Div job = block(visit.getStart(), visit.duration(), conflicts.isEmpty() ? "var(--lumo-primary-color-50pct)"
                    : "var(--lumo-error-color-50pct)", order + ". " + visit.label());
            job.setId("job-" + visit.getId());
            job.getElement().setAttribute("title", conflicts.isEmpty() ? visit.label() : String.join("; ", conflicts));
            if (!conflicts.isEmpty()) {
                job.addClassName("fsd-conflict");
            }
            job.addClickListener(click -> open.accept(visit));
            DragSource.create(job).setDragData(visit.getId());
            int position = order - 1;
            DropTarget.create(job).addDropListener(drop -> drop.getDragData()
                    .ifPresent(id -> dropped.accept((Long) id, position)));
            timeline.add(job);
            order++;
        }
        DropTarget.create(this).addDropListener(drop -> drop.getDragData()
                .ifPresent(id -> dropped.accept((Long) id, route.getVisits().size())));
        add(name, timeline);
    }

    /** The rules a visit breaks as it stands, as message keys' arguments for the title. */
    private List<String> conflicts(Visit visit) {
        List<String> conflicts = new ArrayList<>();
        if (visit.missingSkills() > 0) {
            conflicts.add(getTranslation("fieldservice.constraint.skills"));
        }
        if (visit.minutesOutsideWindow() > 0) {
            conflicts.add(getTranslation("fieldservice.constraint.timeWindow"));
        }
        if (visit.overtime() > 0) {
            conflicts.add(getTranslation("fieldservice.constraint.workingHours"));
        }
        if (visit.absentMinutes() > 0) {
            conflicts.add(getTranslation("fieldservice.constraint.absence"));
        }
        return conflicts;
    }

    private static Div block(int startMinute, int minutes, String colour, String text) {
        Div block = new Div();
        block.setText(text);
        double left = Math.max(0, (startMinute - FIRST_HOUR * 60) / SPAN_MINUTES * 100);
        double width = Math.max(0.4, minutes / SPAN_MINUTES * 100);
        block.getStyle().set("position", "absolute").set("top", "0.2em").set("bottom", "0.2em")
                .set("left", left + "%").set("width", width + "%").set("background", colour)
                .set("overflow", "hidden").set("white-space", "nowrap").set("font-size", "var(--lumo-font-size-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("cursor", text.isEmpty() ? "default" : "grab");
        return block;
    }
}
