package dev.rapport.plugin.fieldservice.demo;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.inventory.Location;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.plugin.fieldservice.maintenance.PlanDraft;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.technician.Technician;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.plugin.fieldservice.workorder.Completion;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.PlanLine;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo data, made once on a demo installation's first start: the Field Operations agents as technicians around
 * Munich (skills, home bases, hours, territories), a central warehouse and a van each with stock and reorder points,
 * five spare parts, three annual maintenance plans, and work orders of the demo customers: a dozen waiting for today's plan and three visits
 * finished this morning (two fixed, one not), so the board, the technician's day, the stock and the metrics show
 * something. Deterministic (a fixed seed).
 */
public final class FieldDemoData {

    private static final GeoPoint MUNICH = new GeoPoint(48.137, 11.575);
    private static final String[] TITLES = {"Boiler does not heat", "Annual heating service", "Heat pump error E14",
            "Install smart thermostat", "Water leak under sink", "Radiator valve stuck", "Replace pressure sensor",
            "Air conditioning noisy", "Commission new boiler", "Gas smell reported"};
    private static final String[][] SKILLS = {{"heating"}, {"heating"}, {"heatpump"}, {"electrical"}, {"plumbing"},
            {"plumbing"}, {"heating", "electrical"}, {"cooling"}, {"heating", "gas"}, {"gas"}};
    private static final String[] STREETS = {"Leopoldstraße", "Sendlinger Straße", "Rosenheimer Straße",
            "Landsberger Straße", "Dachauer Straße", "Ungererstraße", "Wasserburger Landstraße", "Fürstenrieder Straße"};

    private final PluginContext context;
    private final FieldSettings settings;
    private final TechnicianService technicians;
    private final WorkOrderService workOrders;
    private final InventoryService inventory;
    private final MaintenancePlans maintenance;

    public FieldDemoData(PluginContext context, FieldSettings settings, TechnicianService technicians,
                         WorkOrderService workOrders, InventoryService inventory, MaintenancePlans maintenance) {
        this.context = context;
        this.settings = settings;
        this.technicians = technicians;
        this.workOrders = workOrders;
        this.inventory = inventory;
        this.maintenance = maintenance;
    }

    /**
     * Makes the demo data unless it was made before, on this or another node; a failure is logged and leaves the
     * plugin running (see {@link PluginContext#makeDemoDataOnce}).
     */
    public void generateOnFirstStart() {
        context.makeDemoDataOnce(this::generate);
    }

    private void generate() {
        Random random = new Random(19);
        List<UserInfo> field = context.staff().departmentByCode(InventoryService.FIELD_DEPARTMENT)
                .map(department -> context.staff().members(department.id())).orElse(List.of()).stream()
                .filter(user -> user.role() == Role.AGENT).toList();
        long[] parts = {
                inventory.createPart("PS-200", "Pressure sensor", new BigDecimal("48.50"), "EUR"),
                inventory.createPart("VV-15", "Radiator valve", new BigDecimal("22.90"), "EUR"),
                inventory.createPart("IG-3", "Ignition electrode", new BigDecimal("15.40"), "EUR"),
                inventory.createPart("TH-SMART", "Smart thermostat", new BigDecimal("129.00"), "EUR"),
                inventory.createPart("GS-1", "Gasket set", new BigDecimal("9.80"), "EUR")};
        long warehouse = inventory.createLocation("Central warehouse Munich", Location.WAREHOUSE, null);
        for (long part : parts) {
            inventory.receive(warehouse, part, 10 + random.nextInt(20), 5);
        }
        String[][] skillSets = {{"heating", "gas", "plumbing"}, {"electrical", "heatpump", "cooling", "heating"}};
        String[] territories = {"north", "south"};
        for (int i = 0; i < field.size(); i++) {
            UserInfo user = field.get(i);
            GeoPoint home = new GeoPoint(MUNICH.lat() + (i % 2 == 0 ? 0.05 : -0.05), MUNICH.lon() + 0.02 * i);
            technicians.save(new Technician(user.id(), user.displayName(), Set.of(skillSets[i % 2]),
                    "Home base " + territories[i % 2], home, LocalTime.of(8, 0), LocalTime.of(17, 0),
                    territories[i % 2], 0));
            long van = inventory.createLocation("Van " + user.displayName(), Location.VAN, user.id());
            inventory.receive(van, parts[0], 2, 1);
            inventory.receive(van, parts[1], 4, 1);
            inventory.receive(van, parts[4], 6, 2);
        }
        List<CustomerInfo> customers = context.customers().list(CustomerQuery.ALL, null, 20);
        if (customers.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), settings.zone());
        ZonedDateTime morning = today.atTime(8, 0).atZone(settings.zone());
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CustomerInfo customer = customers.get(i % customers.size());
            int kind = random.nextInt(TITLES.length);
            boolean afternoon = random.nextBoolean();
            GeoPoint site = new GeoPoint(MUNICH.lat() + (random.nextDouble() - 0.5) * 0.16,
                    MUNICH.lon() + (random.nextDouble() - 0.5) * 0.24);
            Map<Long, Integer> needed = kind % 3 == 0 ? Map.of(parts[kind % parts.length], 1) : Map.of();
            made.add(workOrders.create(new WorkOrderDraft(customer.id(), TITLES[kind], null,
                    STREETS[i % STREETS.length] + " " + (10 + random.nextInt(90)) + ", München", site.lat(), site.lon(),
                    site.lat() > MUNICH.lat() ? "north" : "south", null, Set.of(SKILLS[kind]), 45 + 15 * random.nextInt(4),
                    morning.plusHours(afternoon ? 5 : 0).toInstant(), morning.plusHours(afternoon ? 9 : 5).toInstant(),
                    i % 5 == 0 ? Priority.HIGH : Priority.NORMAL, needed, Origin.MANUAL, null)));
        }
        for (int i = 0; i < 3; i++) {
            CustomerInfo customer = customers.get((i + 5) % customers.size());
            maintenance.create(new PlanDraft(customer.id(), "Annual boiler maintenance", STREETS[i] + " 1, München",
                    new GeoPoint(MUNICH.lat() + 0.02 * i, MUNICH.lon() - 0.03 * i), Set.of("heating"), 60, 365,
                    today.plusDays(20 + 30 * i)));
        }
        finishSome(made.subList(0, Math.min(3, made.size())), field, today);
    }

    /** Three orders walked from plan to finish, so the timeline, stock and metrics have something. */
    private void finishSome(List<Long> ids, List<UserInfo> field, LocalDate today) {
        if (field.isEmpty()) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            long technician = field.get(i % field.size()).id();
            var order = workOrders.get(id);
            context.dsl().transaction(configuration -> workOrders.savePlan(configuration.dsl(), new PlanLine(id, today,
                    technician, order.windowStart(), 1, 15, true, null), context.clock().instant()));
            workOrders.dispatch(today);
            workOrders.startTravel(id, workOrders.get(id).version());
            workOrders.arrive(id, workOrders.get(id).version());
            Map<Long, Integer> used = new java.util.HashMap<>();
            workOrders.parts(id).forEach(line -> used.put(line.partId(), line.quantity()));
            workOrders.finish(id, workOrders.get(id).version(), i < 2
                    ? new Completion(true, null, "Replaced and tested.", used, "Customer")
                    : new Completion(false, "Part on order", "Needs a new heat exchanger.", Map.of(), "Customer"));
        }
    }
}
