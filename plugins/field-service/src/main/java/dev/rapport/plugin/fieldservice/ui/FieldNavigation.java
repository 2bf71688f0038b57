package dev.rapport.plugin.fieldservice.ui;

import dev.rapport.plugin.fieldservice.ui.board.DispatchBoardView;
import dev.rapport.plugin.fieldservice.ui.maintenance.MaintenancePlansView;
import dev.rapport.plugin.fieldservice.ui.order.WorkOrdersView;
import dev.rapport.plugin.fieldservice.ui.stock.StockView;
import dev.rapport.plugin.fieldservice.ui.technician.TechnicianDayView;
import dev.rapport.plugin.fieldservice.ui.technician.TechniciansView;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import dev.rapport.sdk.security.Role;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's screens: the dispatch board, the technician's day, the work orders, the maintenance plans, the parts
 * stock and the technicians.
 */
@Extension
public final class FieldNavigation implements NavigationContribution {

    public static final String BOARD = "field-service/board";
    public static final String MY_DAY = "field-service/my-day";
    public static final String ORDERS = "field-service/orders";
    public static final String MAINTENANCE = "field-service/maintenance";
    public static final String STOCK = "field-service/stock";
    public static final String TECHNICIANS = "field-service/technicians";

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(BOARD, DispatchBoardView.class), new PluginRoute(MY_DAY, TechnicianDayView.class),
                new PluginRoute(ORDERS, WorkOrdersView.class), new PluginRoute(MAINTENANCE, MaintenancePlansView.class),
                new PluginRoute(STOCK, StockView.class),
                new PluginRoute(TECHNICIANS, TechniciansView.class));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("fieldservice.menu.board", "vaadin:calendar-clock", BOARD, 130, Role.MANAGER),
                new MenuItem("fieldservice.menu.myDay", "vaadin:truck", MY_DAY, 131, null),
                new MenuItem("fieldservice.menu.orders", "vaadin:wrench", ORDERS, 132, null),
                new MenuItem("fieldservice.menu.stock", "vaadin:stock", STOCK, 133, null),
                new MenuItem("fieldservice.menu.technicians", "vaadin:user-card", TECHNICIANS, 134, Role.MANAGER),
                new MenuItem("fieldservice.menu.maintenance", "vaadin:calendar", MAINTENANCE, 135, Role.MANAGER));
    }
}
