package dev.rapport.plugin.fieldservice.technician;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.schedule.ScheduleService;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.ui.technician.TechniciansView;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The technicians page of a dispatcher: a profile made, refused on its fields and changed; an absence refused, added,
 * refused again where it overlaps and deleted after confirmation; every step in the audit trail; the planner keeps
 * an absent technician's day free; a stale save and a removal while visits are planned are refused.
 */
class TechniciansViewTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @Test
    void aDispatcherKeepsProfilesAndAbsencesAndEveryChangeIsAudited() {
        UserInfo dispatcher = kernel.createUser("Dora Dispatch", Role.MANAGER, "field");
        UserInfo worker = kernel.createUser(kernel.unique("Tina Tech "), Role.AGENT, "field");
        TechnicianService technicians = kernel.service(TechnicianService.class);
        kernel.signIn(dispatcher);
        UI.getCurrent().add(new TechniciansView(kernel.context(), technicians, kernel.service(FieldSettings.class)));

        _click(_get(Button.class, spec -> spec.withId("technicians-new")));
        @SuppressWarnings("unchecked")
        ComboBox<UserInfo> user = _get(ComboBox.class, spec -> spec.withId("tech-user"));
        user.setValue(user.getListDataView().getItems().filter(candidate -> candidate.id() == worker.id())
                .findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("tech-skills")).setValue("Heating, GAS");
        _get(TimePicker.class, spec -> spec.withId("tech-end")).setValue(LocalTime.of(7, 0));
        _click(_get(Button.class, spec -> spec.withId("tech-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("tech-home")).isInvalid()).isTrue();
        assertThat(_get(NumberField.class, spec -> spec.withId("tech-lat")).isInvalid()).isTrue();
        assertThat(_get(TimePicker.class, spec -> spec.withId("tech-end")).isInvalid()).isTrue();
        assertThat(technicians.find(worker.id())).as("nothing saved").isEmpty();

        _get(TextField.class, spec -> spec.withId("tech-home")).setValue("Depot Nord");
        _get(NumberField.class, spec -> spec.withId("tech-lat")).setValue(48.2);
        _get(NumberField.class, spec -> spec.withId("tech-lon")).setValue(11.6);
        _get(TimePicker.class, spec -> spec.withId("tech-end")).setValue(LocalTime.of(16, 0));
        _click(_get(Button.class, spec -> spec.withId("tech-save")));
        Technician saved = technicians.find(worker.id()).orElseThrow();
        assertThat(saved.skills()).containsExactlyInAnyOrder("heating", "gas");
        assertThat(saved.workEnd()).isEqualTo(LocalTime.of(16, 0));
        @SuppressWarnings("unchecked")
        Grid<Technician> grid = _get(Grid.class, spec -> spec.withId("technicians-grid"));
        assertThat(grid.asSingleSelect().getValue().userId()).as("the new profile stays open").isEqualTo(worker.id());

        _get(TextField.class, spec -> spec.withId("tech-territory")).setValue("north");
        _click(_get(Button.class, spec -> spec.withId("tech-save")));
        assertThat(technicians.find(worker.id()).orElseThrow().territory()).isEqualTo("north");
        assertThatThrownBy(() -> technicians.save(saved)).as("a save of the version read before is refused")
                .isInstanceOf(ConcurrentEditException.class);

        DateTimePicker from = _get(DateTimePicker.class, spec -> spec.withId("absence-from"));
        DateTimePicker until = _get(DateTimePicker.class, spec -> spec.withId("absence-until"));
        LocalDateTime monday = LocalDateTime.of(2031, 3, 3, 8, 0);
        from.setValue(monday);
        until.setValue(monday.minusHours(1));
        _click(_get(Button.class, spec -> spec.withId("absence-add")));
        assertThat(until.isInvalid()).isTrue();
        until.setValue(monday.plusDays(2));
        _get(TextField.class, spec -> spec.withId("absence-reason")).setValue("Training");
        _click(_get(Button.class, spec -> spec.withId("absence-add")));
        java.time.Instant before = monday.toInstant(ZoneOffset.UTC).minusSeconds(1);
        List<Absence> absences = technicians.absencesOf(worker.id(), before, 10);
        assertThat(absences).singleElement().satisfies(absence -> assertThat(absence.reason()).isEqualTo("Training"));
        from.setValue(monday.plusDays(1));
        until.setValue(monday.plusDays(3));
        _click(_get(Button.class, spec -> spec.withId("absence-add")));
        assertThat(from.isInvalid()).as("an overlapping absence is refused on its start").isTrue();

        long absenceId = absences.getFirst().id();
        @SuppressWarnings("unchecked")
        Grid<Absence> absenceGrid = _get(Grid.class, spec -> spec.withId("absences-grid"));
        Button delete = (Button) _getCellComponent(absenceGrid, 0, "delete");
        assertThat(delete.getId()).contains("absence-delete-" + absenceId);
        _click(delete);
        assertThat(technicians.absencesOf(worker.id(), before, 10))
                .as("nothing is deleted before the confirmation").hasSize(1);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("absence-delete-confirm")));
        assertThat(technicians.absencesOf(worker.id(), before, 10)).isEmpty();

        assertThat(technicians.changes(worker.id(), 0, 10)).extracting(TechnicianChange::kind)
                .containsExactly("ABSENCE_REMOVED", "ABSENCE_ADDED", "CHANGED", "CREATED");
        assertThat(technicians.changes(worker.id(), 0, 10)).allSatisfy(change ->
                assertThat(change.actorUserId()).isEqualTo(dispatcher.id()));
        assertThat(technicians.changes(worker.id(), 0, 10).get(2).detail()).isEqualTo("territory: \u2013 \u2192 north");
        @SuppressWarnings("unchecked")
        Grid<TechnicianChange> trail = _get(Grid.class, spec -> spec.withId("technician-changes"));
        assertThat(trail.getListDataView().getItemCount()).isEqualTo(4);
    }

    @Test
    void thePlannerKeepsAnAbsentTechniciansDayFreeAndABusyTechnicianIsNotRemoved() {
        kernel.context().settings().put(FieldSettings.TIME_LIMIT_SECONDS, "2");
        FieldSettings settings = kernel.service(FieldSettings.class);
        ZoneId zone = settings.zone();
        LocalDate day = LocalDate.ofInstant(kernel.context().clock().instant(), zone).plusDays(30);
        String skill = kernel.unique("skill").toLowerCase(Locale.ROOT);
        UserInfo away = kernel.createUser("Ada Away", Role.AGENT, "field");
        UserInfo here = kernel.createUser("Hal Here", Role.AGENT, "field");
        UserInfo dispatcher = kernel.createUser("Dirk Dispatch", Role.MANAGER, "field");
        TechnicianService technicians = kernel.service(TechnicianService.class);
        GeoPoint munich = new GeoPoint(48.137, 11.575);
        kernel.signIn(dispatcher);
        technicians.save(new Technician(away.id(), away.displayName(), Set.of(skill), "A", munich,
                LocalTime.of(8, 0), LocalTime.of(17, 0), null, 0));
        technicians.save(new Technician(here.id(), here.displayName(), Set.of(skill), "H",
                new GeoPoint(48.5, 12.0), LocalTime.of(8, 0), LocalTime.of(17, 0), null, 0));
        technicians.addAbsence(away.id(), day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone)
                .toInstant(), "Ill");
        WorkOrderService workOrders = kernel.service(WorkOrderService.class);
        long order = workOrders.create(new WorkOrderDraft(kernel.createPerson("Nora", "Near", null, false).id(),
                "Boiler", null, "Next door", munich.lat(), munich.lon(), null, null, Set.of(skill), 60,
                day.atTime(9, 0).atZone(zone).toInstant(), day.atTime(16, 0).atZone(zone).toInstant(),
                Priority.NORMAL, Map.of(), Origin.MANUAL, null));

        kernel.service(ScheduleService.class).plan(day, () -> false, score -> { });
        assertThat(workOrders.get(order).status()).isEqualTo(WorkOrderStatus.SCHEDULED);
        assertThat(workOrders.get(order).technicianId()).as("the nearer technician is absent").isEqualTo(here.id());

        assertThatThrownBy(() -> technicians.remove(here.id(), technicians.find(here.id()).orElseThrow().version()))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .anySatisfy(error -> assertThat(error.messageKey())
                                .isEqualTo("fieldservice.error.technicianBusy")));
        UI.getCurrent().add(new TechniciansView(kernel.context(), technicians, settings));
        @SuppressWarnings("unchecked")
        Grid<Technician> grid = _get(Grid.class, spec -> spec.withId("technicians-grid"));
        grid.select(grid.getListDataView().getItems().filter(row -> row.userId() == away.id()).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("tech-remove")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("tech-remove-confirm")));
        assertThat(technicians.find(away.id())).isEmpty();
        assertThat(technicians.absences(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone)
                .toInstant())).noneMatch(absence -> absence.userId() == away.id());
        assertThat(technicians.changes(away.id(), 0, 1)).extracting(TechnicianChange::kind).containsExactly("REMOVED");
        assertThat(_find(Button.class, spec -> spec.withId("tech-remove"))).isEmpty();
    }
}
