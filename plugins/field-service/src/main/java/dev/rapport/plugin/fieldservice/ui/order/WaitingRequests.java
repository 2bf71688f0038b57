package dev.rapport.plugin.fieldservice.ui.order;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.intake.RequestIntake;
import dev.rapport.plugin.fieldservice.intake.WaitingRequest;
import dev.rapport.plugin.fieldservice.ui.Labels;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The service requests that need a visit but whose customer has no known site yet, oldest first (keyset-paged): a
 * dispatcher enters the site and the work order is made. Hidden while none waits.
 */
final class WaitingRequests extends VerticalLayout {

    private final RequestIntake intake;
    private final Grid<WaitingRequest> grid = new Grid<>();

    WaitingRequests(PluginContext context, RequestIntake intake, LongConsumer created) {
        this.intake = intake;
        setId("orders-waiting");
        setPadding(false);
        Formats formats = Formats.current();
        grid.setId("waiting-grid");
        grid.setHeight("14em");
        grid.addColumn(request -> "#" + request.requestId() + (request.category() == null ? "" : " " + request.category()))
                .setHeader(getTranslation("fieldservice.intake.request"));
        grid.addColumn(request -> context.customers().find(request.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + request.customerId())).setHeader(getTranslation("fieldservice.orders.customer"));
        grid.addColumn(request -> Labels.LABELS.of(this, request.priority()))
                .setHeader(getTranslation("fieldservice.orders.priority"));
        grid.addColumn(request -> formats.dateTime(request.openedAt())).setHeader(getTranslation("fieldservice.intake.opened"));
        grid.addComponentColumn(request -> {
            Button site = new Button(getTranslation("fieldservice.intake.enterSite"), click -> siteDialog(request, created));
            site.setId("waiting-site-" + request.requestId());
            return site;
        }).setKey("site");
        add(new H3(getTranslation("fieldservice.intake.title")), grid);
        refresh();
    }

    void refresh() {
        KeysetPager<WaitingRequest> pager = new KeysetPager<>((after, limit) ->
                intake.waiting(after == null ? 0 : after.id(), limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        setVisible(!intake.waiting(0, 1).isEmpty());
    }

    private void siteDialog(WaitingRequest request, LongConsumer created) {
        Dialog dialog = new Dialog();
        dialog.setId("waiting-site-dialog");
        dialog.setHeaderTitle(getTranslation("fieldservice.intake.enterSite"));
        TextField address = new TextField(getTranslation("fieldservice.orders.address"));
        address.setId("site-address");
        NumberField lat = new NumberField(getTranslation("fieldservice.orders.lat"));
        lat.setId("site-lat");
        NumberField lon = new NumberField(getTranslation("fieldservice.orders.lon"));
        lon.setId("site-lon");
        dialog.add(new FormLayout(address, lat, lon));
        Button save = new Button(getTranslation("fieldservice.save"), click -> {
            long[] id = new long[1];
            boolean done = Feedback.attempt(dialog, Map.of("siteAddress", address, "site", lat), () -> {
                if (lat.getValue() == null || lon.getValue() == null) {
                    throw new ValidationException(List.of(FieldError.of("site", "fieldservice.error.coordinates")));
                }
                id[0] = intake.complete(request.requestId(), address.getValue(), lat.getValue(), lon.getValue());
            });
            if (done) {
                dialog.close();
                refresh();
                created.accept(id[0]);
            }
        });
        save.setId("site-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("fieldservice.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
