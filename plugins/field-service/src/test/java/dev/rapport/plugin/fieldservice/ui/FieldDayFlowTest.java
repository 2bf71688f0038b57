package dev.rapport.plugin.fieldservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.inventory.StockLevel;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.intake.RequestIntake;
import dev.rapport.plugin.fieldservice.event.WorkOrderCompleted;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.inventory.Location;
import dev.rapport.plugin.fieldservice.metric.FieldFigures;
import dev.rapport.plugin.fieldservice.schedule.MoveRefusedException;
import dev.rapport.plugin.fieldservice.schedule.ScheduleService;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.technician.Technician;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.plugin.fieldservice.ui.board.DispatchBoardView;
import dev.rapport.plugin.fieldservice.ui.customer.FieldTimeline;
import dev.rapport.plugin.fieldservice.ui.order.WorkOrdersView;
import dev.rapport.plugin.fieldservice.ui.stock.StockView;
import dev.rapport.plugin.fieldservice.ui.technician.TechnicianDayView;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A field day from end to end on the real kernel: four work orders are planned by the solver onto two technicians
 * with the skill (none on the third, who lacks it), the dispatcher moves one on the board and is refused a move to the
 * unskilled technician with the reason; the technician travels, arrives and completes on the phone view; the part
 * leaves the van, the customer's timeline and interactions show the visit, the cost-to-serve event is published and
 * the first-time fix rate counts it.
 */
class FieldDayFlowTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private static final GeoPoint MUNICH = new GeoPoint(48.137, 11.575);

    @Test
    void planMoveTravelArriveAndComplete() {
        kernel.context().settings().put(FieldSettings.TIME_LIMIT_SECONDS, "3");
        FieldSettings settings = kernel.service(FieldSettings.class);
        ZoneId zone = settings.zone();
        LocalDate today = LocalDate.ofInstant(kernel.context().clock().instant(), zone);
        String skill = kernel.unique("skill").toLowerCase(Locale.ROOT);
        Department team = kernel.createDepartment(kernel.unique("Team "));
        UserInfo ann = kernel.createUser("Ann Field", Role.AGENT, "field", team.code());
        UserInfo bob = kernel.createUser("Bob Field", Role.AGENT, "field", team.code());
        UserInfo carl = kernel.createUser("Carl Field", Role.AGENT, "field", team.code());
        UserInfo dispatcher = kernel.createUser("Dina Dispatch", Role.MANAGER, "field");
        TechnicianService technicians = kernel.service(TechnicianService.class);
        InventoryService inventory = kernel.service(InventoryService.class);
        WorkOrderService workOrders = kernel.service(WorkOrderService.class);
        ScheduleService schedule = kernel.service(ScheduleService.class);
        CustomerInfo customer = kernel.createPerson("Vera", "Visit", null, false);
        long part = kernel.callAsPlugin(() -> {
            technicians.save(new Technician(ann.id(), ann.displayName(), Set.of(skill), "A", MUNICH,
                    LocalTime.of(8, 0), LocalTime.of(17, 0), null, 0));
            technicians.save(new Technician(bob.id(), bob.displayName(), Set.of(skill), "B",
                    new GeoPoint(48.2, 11.6), LocalTime.of(8, 0), LocalTime.of(17, 0), null, 0));
            technicians.save(new Technician(carl.id(), carl.displayName(), Set.of("other"), "C", MUNICH,
                    LocalTime.of(8, 0), LocalTime.of(17, 0), null, 0));
            long sensor = inventory.createPart(kernel.unique("PS-"), "Sensor", new BigDecimal("40.00"), "EUR");
            inventory.receive(inventory.createLocation(kernel.unique("Van Ann "), Location.VAN, ann.id()), sensor, 2, null);
            inventory.receive(inventory.createLocation(kernel.unique("Van Bob "), Location.VAN, bob.id()), sensor, 2, null);
            return sensor;
        });
        List<Long> ids = new ArrayList<>();
        kernel.signIn(dispatcher);
        for (int i = 0; i < 4; i++) {
            GeoPoint site = new GeoPoint(MUNICH.lat() + 0.01 * i, MUNICH.lon() + 0.01 * i);
            ids.add(workOrders.create(new WorkOrderDraft(customer.id(), "Boiler " + i, null, "Street " + i,
                    site.lat(), site.lon(), null, null, Set.of(skill), 60, today.atTime(8, 0).atZone(zone).toInstant(),
                    today.atTime(17, 0).atZone(zone).toInstant(), Priority.NORMAL,
                    i == 0 ? Map.of(part, 1) : Map.of(), Origin.MANUAL, null)));
        }

        ScheduleService.PlanSummary summary = schedule.plan(today, () -> false, score -> { });
        assertThat(summary.feasible()).isTrue();
        for (long id : ids) {
            WorkOrder planned = workOrders.get(id);
            assertThat(planned.status()).isEqualTo(WorkOrderStatus.SCHEDULED);
            assertThat(planned.technicianId()).isIn(ann.id(), bob.id());
            assertThat(planned.explanation()).contains(skill);
        }

        // The dispatcher moves the first order to Ann's route from the board; a move to Carl is refused.
        DispatchBoardView board = new DispatchBoardView(kernel.context(), schedule, workOrders, settings);
        UI.getCurrent().add(board);
        WorkOrder first = workOrders.get(ids.getFirst());
        long target = first.technicianId() == ann.id() ? bob.id() : ann.id();
        _click(_get(Div.class, spec -> spec.withId("job-" + first.id())));
        @SuppressWarnings("unchecked")
        Select<TechnicianRoute> technician = _get(Select.class, spec -> spec.withId("job-technician"));
        technician.setValue(technician.getListDataView().getItems()
                .filter(route -> route.technicianId() == target).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("job-move")));
        WorkOrder moved = workOrders.get(first.id());
        assertThat(moved.technicianId()).isEqualTo(target);
        assertThat(moved.pinned()).isTrue();
        assertThat(_find(Div.class, spec -> spec.withId("route-" + target))).hasSize(1);
        assertThatThrownBy(() -> schedule.move(today, moved.id(), moved.version(), carl.id(), 0))
                .isInstanceOfSatisfying(MoveRefusedException.class, refused ->
                        assertThat(refused.brokenConstraints()).contains("skills"));
        _click(_get(Button.class, spec -> spec.withId("board-dispatch")));
        assertThat(workOrders.get(first.id()).status()).isEqualTo(WorkOrderStatus.DISPATCHED);

        // The technician's day on the phone.
        UserInfo worker = target == ann.id() ? ann : bob;
        kernel.signIn(worker);
        UI.getCurrent().remove(board);
        UI.getCurrent().add(new TechnicianDayView(kernel.context(), workOrders, inventory, settings));
        _click(_get(_get(Div.class, spec -> spec.withId("my-job-" + first.id())), Button.class,
                spec -> spec.withId("my-start-travel")));
        _click(_get(Button.class, spec -> spec.withId("my-arrive")));
        _click(_get(Button.class, spec -> spec.withId("my-complete")));
        assertThat(_get(TextField.class, spec -> spec.withId("my-signature")).isInvalid())
                .as("a completion without the customer's signature is refused on the field").isTrue();
        _get(TextField.class, spec -> spec.withId("my-signature")).setValue("Vera Visit");
        _click(_get(Button.class, spec -> spec.withId("my-complete")));

        WorkOrder done = workOrders.get(first.id());
        assertThat(done.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(done.signedBy()).isEqualTo("Vera Visit");
        assertThat(done.signedAt()).isNotNull();
        long van = inventory.vanOf(worker.id()).orElseThrow().id();
        assertThat(inventory.levels(van).getFirst().onHand()).as("the sensor left the van").isEqualTo(1);
        assertThat(inventory.levels(van).getFirst().reserved()).isZero();
        kernel.awaitEvents();
        assertThat(kernel.recorded().events(WorkOrderCompleted.class)).anySatisfy(event -> {
            assertThat(event.workOrderId()).isEqualTo(first.id());
            assertThat(event.partsUsed()).isEqualTo(1);
            assertThat(event.partsCost()).isEqualByComparingTo("40.00");
            assertThat(event.fixed()).isTrue();
        });
        assertThat(kernel.recorded().interactions()).anySatisfy(interaction -> {
            assertThat(interaction.customerId()).isEqualTo(customer.id());
            assertThat(interaction.channel()).isEqualTo(Channel.FIELD_VISIT);
        });
        List<TimelineItem> timeline = new FieldTimeline(kernel.context(), workOrders)
                .entries(customer.id(), null, 50, Locale.ENGLISH);
        assertThat(timeline).extracting(TimelineItem::subject).contains("#" + first.id() + " Boiler 0: Completed",
                "#" + first.id() + " Boiler 0: Travelling", "#" + first.id() + " Boiler 0: Scheduled");
        FieldFigures figures = kernel.service(FieldFigures.class);
        ReportingPeriod period = new ReportingPeriod(today, today.plusDays(1), zone);
        assertThat(figures.firstTimeFixRate(Optional.of(team), period)).contains(new BigDecimal("100.0"));
        assertThat(figures.jobsPerTechnicianDay(Optional.of(team), period)).contains(new BigDecimal("1.00"));
    }

    @Test
    void aNewWorkOrderWithoutCustomerIsRefusedOnTheFieldAndATransferOfMoreThanIsFreeToo() {
        UserInfo dispatcher = kernel.createUser("Otto Orders", Role.MANAGER, "field");
        kernel.signIn(dispatcher);
        UI.getCurrent().add(new WorkOrdersView(kernel.context(), kernel.service(WorkOrderService.class),
                kernel.service(FieldSettings.class), kernel.service(RequestIntake.class)));
        _click(_get(Button.class, spec -> spec.withId("orders-new")));
        _click(_get(Button.class, spec -> spec.withId("wo-save")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("wo-customer")).isInvalid()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("wo-save"))).as("the dialog stays open").hasSize(1);

        InventoryService inventory = kernel.service(InventoryService.class);
        long[] ids = kernel.callAsPlugin(() -> {
            long valve = inventory.createPart(kernel.unique("VV-"), "Valve", BigDecimal.ONE, "EUR");
            long store = inventory.createLocation(kernel.unique("Store "), Location.WAREHOUSE, null);
            long other = inventory.createLocation(kernel.unique("Store "), Location.WAREHOUSE, null);
            inventory.receive(store, valve, 1, null);
            return new long[] {valve, store, other};
        });
        UI.getCurrent().add(new StockView(kernel.context(), inventory));
        @SuppressWarnings("unchecked")
        Select<StockLevel> from = _get(Select.class, spec -> spec.withId("transfer-part"));
        from.setValue(from.getListDataView().getItems().filter(level -> level.partId() == ids[0]).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Location> to = _get(Select.class, spec -> spec.withId("transfer-to"));
        to.setValue(to.getListDataView().getItems().filter(location -> location.id() == ids[2]).findFirst().orElseThrow());
        _get(IntegerField.class, spec -> spec.withId("transfer-quantity")).setValue(2);
        _click(_get(Button.class, spec -> spec.withId("transfer-go")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("transfer-quantity")).isInvalid()).isTrue();
        assertThat(inventory.levels(ids[1]).getFirst().onHand()).isEqualTo(1);
    }
}
