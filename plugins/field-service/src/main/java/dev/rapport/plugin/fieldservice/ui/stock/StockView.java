package dev.rapport.plugin.fieldservice.ui.stock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.inventory.Location;
import dev.rapport.plugin.fieldservice.inventory.OutOfStockException;
import dev.rapport.plugin.fieldservice.inventory.StockLevel;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Feedback;
import java.util.List;
import java.util.Map;

/**
 * Parts stock per location (warehouses and vans): on hand, reserved, free and the reorder point, low stock marked;
 * a transfer between locations (refused when not that many are free).
 */
public final class StockView extends VerticalLayout implements HasDynamicTitle {

    private final InventoryService inventory;
    private final Select<Location> location = new Select<>();
    private final Grid<StockLevel> grid = new Grid<>();

    public StockView(PluginContext context, InventoryService inventory) {
        this.inventory = inventory;
        setId("field-stock");
        setSizeFull();
        List<Location> locations = inventory.locations();
        location.setId("stock-location");
        location.setLabel(getTranslation("fieldservice.stock.location"));
        location.setItems(locations);
        location.setEmptySelectionAllowed(true);
        location.setItemLabelGenerator(value -> value == null ? getTranslation("fieldservice.orders.all") : value.name());
        location.addValueChangeListener(change -> refresh());
        grid.setId("stock-grid");
        grid.addColumn(StockLevel::locationName).setHeader(getTranslation("fieldservice.stock.location")).setFlexGrow(2);
        grid.addColumn(level -> level.sku() + " " + level.partName()).setHeader(getTranslation("fieldservice.stock.part"))
                .setFlexGrow(2);
        grid.addColumn(StockLevel::onHand).setHeader(getTranslation("fieldservice.stock.onHand"));
        grid.addColumn(StockLevel::reserved).setHeader(getTranslation("fieldservice.stock.reserved"));
        grid.addColumn(StockLevel::free).setHeader(getTranslation("fieldservice.stock.free"));
        grid.addColumn(StockLevel::reorderPoint).setHeader(getTranslation("fieldservice.stock.reorderPoint"));
        grid.setPartNameGenerator(level -> level.belowReorderPoint() ? "fsd-low" : null);
        grid.setEmptyStateText(getTranslation("fieldservice.stock.empty"));

        Select<StockLevel> part = new Select<>();
        part.setId("transfer-part");
        part.setLabel(getTranslation("fieldservice.stock.transferFrom"));
        part.setItems(inventory.levels(null));
        part.setItemLabelGenerator(level -> level.locationName() + ": " + level.sku() + " (" + level.free() + ")");
        Select<Location> to = new Select<>();
        to.setId("transfer-to");
        to.setLabel(getTranslation("fieldservice.stock.transferTo"));
        to.setItems(locations);
        to.setItemLabelGenerator(Location::name);
        IntegerField quantity = new IntegerField(getTranslation("fieldservice.stock.quantity"));
        quantity.setId("transfer-quantity");
        quantity.setMin(1);
        Button transfer = new Button(getTranslation("fieldservice.stock.transfer"), click -> {
            if (part.getValue() == null || to.getValue() == null) {
                return;
            }
            try {
                if (Feedback.attempt(this, Map.of("quantity", quantity, "to", to), () -> inventory.transfer(
                        part.getValue().partId(), part.getValue().locationId(), to.getValue().id(),
                        quantity.getValue() == null ? 0 : quantity.getValue()))) {
                    Feedback.success(this, "fieldservice.stock.transferred");
                    refresh();
                }
            } catch (OutOfStockException shortage) {
                quantity.setErrorMessage(getTranslation("fieldservice.stock.notFree"));
                quantity.setInvalid(true);
            }
        });
        transfer.setId("transfer-go");
        HorizontalLayout transferRow = new HorizontalLayout(part, to, quantity, transfer);
        transferRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        transferRow.setVisible(context.security().hasRole(Role.AGENT));
        add(new H2(getTranslation("fieldservice.stock.title")), location, grid, transferRow);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(inventory.levels(location.getValue() == null ? null : location.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldservice.stock.title");
    }
}
