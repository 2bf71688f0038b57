package dev.rapport.plugin.fieldservice;

import dev.rapport.plugin.fieldservice.demo.FieldDemoData;
import dev.rapport.plugin.fieldservice.intake.RequestIntake;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.plugin.fieldservice.metric.FieldFigures;
import dev.rapport.plugin.fieldservice.schedule.ScheduleService;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * The field service plugin: work orders from requests, maintenance plans or by hand; technicians' days planned by
 * Timefold Solver and adjusted on a dispatch board; the technician's day on a phone; parts stock per warehouse and
 * van. Wires its services and offers them to its views and extensions.
 */
public final class FieldServicePlugin extends RapportPlugin {

    public FieldServicePlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        PluginContext context = context();
        FieldSettings settings = new FieldSettings(context.settings());
        InventoryService inventory = new InventoryService(context);
        TechnicianService technicians = new TechnicianService(context, settings);
        WorkOrderService workOrders = new WorkOrderService(context, inventory);
        ScheduleService schedule = new ScheduleService(context, settings, technicians, workOrders, inventory);
        context.provide(FieldSettings.class, settings);
        context.provide(InventoryService.class, inventory);
        context.provide(TechnicianService.class, technicians);
        context.provide(WorkOrderService.class, workOrders);
        context.provide(ScheduleService.class, schedule);
        MaintenancePlans maintenance = new MaintenancePlans(context, settings, workOrders);
        context.provide(MaintenancePlans.class, maintenance);
        context.provide(RequestIntake.class, new RequestIntake(context, settings, workOrders));
        context.provide(FieldFigures.class, new FieldFigures(context, settings));
        if (context.demoData()) {
            new FieldDemoData(context, settings, technicians, workOrders, inventory, maintenance).generateOnFirstStart();
        }
        context.logger().info("Field service started");
    }

    @Override
    public void stop() {
        context().logger().info("Field service stopped");
    }
}
