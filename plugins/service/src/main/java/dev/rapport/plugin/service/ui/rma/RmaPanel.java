package dev.rapport.plugin.service.ui.rma;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.ServicePermissions;
import dev.rapport.plugin.service.rma.Coverage;
import dev.rapport.plugin.service.rma.InspectionOutcome;
import dev.rapport.plugin.service.rma.Rma;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.rma.RmaStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The returns of one request on its page: the list, a form to request one, and for the chosen return the step its
 * status allows (decide, record the shipment, the receipt, the inspection). The service checks everything; every
 * step works on the version shown, so a change someone saved meanwhile is refused, not overwritten.
 */
public final class RmaPanel extends VerticalLayout {

    private final PluginContext context;
    private final RmaService rmas;
    private final long requestId;
    private final Map<Long, ProductInfo> products;
    private final Grid<Rma> grid = new Grid<>();
    private final VerticalLayout step = new VerticalLayout();
    /** The return to show after an action, when it is not the one chosen (a new one). */
    private Long focus;

    public RmaPanel(PluginContext context, RmaService rmas, long requestId, boolean requestOpen) {
        this.context = context;
        this.rmas = rmas;
        this.requestId = requestId;
        this.products = context.customers().products().stream().collect(Collectors.toMap(ProductInfo::id,
                Function.identity()));
        setId("request-rmas");
        setPadding(false);
        Formats formats = Formats.current();
        grid.setId("rma-grid");
        grid.addColumn(rma -> getTranslation("service.rma.number", rma.id())).setHeader(getTranslation("service.rma.return"));
        grid.addColumn(this::productName).setHeader(getTranslation("service.rma.product")).setFlexGrow(2);
        grid.addComponentColumn(rma -> LABELS.badge(this, rma.status(), badgeTheme(rma.status())))
                .setHeader(getTranslation("service.rma.status"));
        grid.addColumn(rma -> rma.coverage() == null ? "" : LABELS.of(this, rma.coverage()))
                .setHeader(getTranslation("service.rma.coverage"));
        grid.addColumn(rma -> rma.trackingNumber() == null ? "" : rma.trackingNumber() + " · "
                + formats.date(rma.shippedOn())).setHeader(getTranslation("service.rma.tracking"));
        grid.addColumn(rma -> rma.outcome() == null ? "" : LABELS.of(this, rma.outcome())
                + (rma.refundAmount() == null ? "" : " " + formats.money(rma.refundAmount(), rma.refundCurrency())))
                .setHeader(getTranslation("service.rma.outcome"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selection -> showStep(selection.getFirstSelectedItem()));
        step.setPadding(false);
        add(new H4(getTranslation("service.rma.title")), grid, step);
        if (requestOpen && context.security().hasRole(Role.AGENT)) {
            add(requestForm());
        }
        refresh(null);
    }

    private VerticalLayout requestForm() {
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation("service.rma.product"));
        product.setId("rma-product");
        product.setItems(products.values().stream().filter(ProductInfo::active).toList());
        product.setItemLabelGenerator(ProductInfo::name);
        TextArea reason = new TextArea(getTranslation("service.rma.reason"));
        reason.setId("rma-reason");
        reason.setMaxLength(RmaService.MAX_TEXT);
        reason.setWidthFull();
        Button request = new Button(getTranslation("service.rma.request"), click -> act(Map.of("reason", reason,
                "product", product), () -> {
                    focus = rmas.request(requestId, product.getValue() == null ? null : product.getValue().id(),
                            reason.getValue());
                    reason.clear();
                    product.clear();
                }));
        request.setId("rma-request");
        HorizontalLayout line = new HorizontalLayout(product, request);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(reason, line);
        form.setPadding(false);
        return form;
    }

    private void showStep(Optional<Rma> chosen) {
        step.removeAll();
        chosen.ifPresent(rma -> {
            switch (rma.status()) {
                case REQUESTED -> decision(rma);
                case APPROVED -> {
                    shipment(rma);
                    receipt(rma);
                }
                case SHIPPED -> receipt(rma);
                case RECEIVED -> inspection(rma);
                case REFUSED, COMPLETED -> step.add(new Span(rma.decisionReason() == null ? ""
                        : getTranslation("service.rma.decisionReason") + ": " + rma.decisionReason()));
            }
        });
    }

    private void decision(Rma rma) {
        Optional<Coverage> coverage = rmas.coverageOf(rma);
        Span found = new Span(coverage.map(c -> getTranslation("service.rma.coveredBy", LABELS.of(this, c)))
                .orElse(getTranslation("service.rma.notCovered")));
        found.setId("rma-coverage");
        found.getElement().getThemeList().add("badge " + (coverage.isPresent() ? "success" : "contrast"));
        step.add(new Span(rma.reason()), found);
        if (!context.security().hasPermission(ServicePermissions.APPROVE_RMA)) {
            return;
        }
        TextField reason = new TextField(getTranslation("service.rma.decisionReason"));
        reason.setId("rma-decision-reason");
        reason.setMaxLength(RmaService.MAX_TEXT);
        reason.setWidth("30em");
        Button approve = new Button(getTranslation("service.rma.approve"), click ->
                act(Map.of("reason", reason), () -> rmas.approve(rma.id(), rma.version(), reason.getValue())));
        approve.setId("rma-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refuse = new Button(getTranslation("service.rma.refuse"), click ->
                act(Map.of("reason", reason), () -> rmas.refuse(rma.id(), rma.version(), reason.getValue())));
        refuse.setId("rma-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        step.add(line(reason, approve, refuse));
    }

    private void shipment(Rma rma) {
        TextField tracking = new TextField(getTranslation("service.rma.tracking"));
        tracking.setId("rma-tracking");
        tracking.setMaxLength(RmaService.MAX_TRACKING);
        DatePicker shippedOn = new DatePicker(getTranslation("service.rma.shippedOn"));
        shippedOn.setId("rma-shipped-on");
        Button ship = new Button(getTranslation("service.rma.ship"), click -> act(Map.of("tracking", tracking,
                "shippedOn", shippedOn), () -> rmas.ship(rma.id(), rma.version(), tracking.getValue(), shippedOn.getValue())));
        ship.setId("rma-ship");
        step.add(line(tracking, shippedOn, ship));
    }

    private void receipt(Rma rma) {
        DatePicker receivedOn = new DatePicker(getTranslation("service.rma.receivedOn"));
        receivedOn.setId("rma-received-on");
        Button receive = new Button(getTranslation("service.rma.receive"), click -> act(Map.of("receivedOn", receivedOn),
                () -> rmas.receive(rma.id(), rma.version(), receivedOn.getValue())));
        receive.setId("rma-receive");
        step.add(line(receivedOn, receive));
    }

    private void inspection(Rma rma) {
        Select<InspectionOutcome> outcome = new Select<>();
        outcome.setId("rma-outcome");
        outcome.setLabel(getTranslation("service.rma.outcome"));
        outcome.setItems(InspectionOutcome.values());
        outcome.setItemLabelGenerator(LABELS.generator(this));
        BigDecimalField refund = new BigDecimalField(getTranslation("service.rma.refund"));
        refund.setId("rma-refund");
        refund.setVisible(false);
        outcome.addValueChangeListener(change -> refund.setVisible(change.getValue() == InspectionOutcome.REFUND));
        TextField notes = new TextField(getTranslation("service.rma.notes"));
        notes.setId("rma-notes");
        notes.setMaxLength(RmaService.MAX_TEXT);
        Map<String, HasValidation> fields = Map.of("outcome", outcome, "refund", refund, "notes", notes);
        Runnable complete = () -> act(fields, () -> rmas.inspect(rma.id(), rma.version(), outcome.getValue(),
                notes.getValue(), refund.getValue()));
        Button inspect = new Button(getTranslation("service.rma.inspect"), click -> {
            if (outcome.getValue() == InspectionOutcome.REFUND && refund.getValue() != null) {
                Confirmation.ask(this, "service-confirm",
                        "service.rma.refundConfirm.title", getTranslation("service.rma.refundConfirm.text",
                        Formats.current().money(refund.getValue(), rmas.refundCurrency(rma))),
                        "service.rma.refundConfirm.confirm", complete);
            } else {
                complete.run();
            }
        });
        inspect.setId("rma-inspect");
        step.add(line(outcome, refund, notes, inspect));
    }

    private static HorizontalLayout line(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout line = new HorizontalLayout(parts);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private void act(Map<String, ? extends HasValidation> fields, Runnable action) {
        Long chosen = grid.getSelectedItems().stream().findFirst().map(Rma::id).orElse(null);
        if (Feedback.attempt(this, fields, action)) {
            Feedback.success(this, "service.request.saved");
            refresh(focus != null ? focus : chosen);
        }
        focus = null;
    }

    private void refresh(Long select) {
        List<Rma> all = rmas.ofRequest(requestId);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        all.stream().filter(rma -> select != null && rma.id() == select).findFirst().ifPresentOrElse(grid::select,
                () -> showStep(Optional.empty()));
    }

    private String productName(Rma rma) {
        return rma.productId() == null ? "" : Optional.ofNullable(products.get(rma.productId())).map(ProductInfo::name)
                .orElse("#" + rma.productId());
    }

    private static String badgeTheme(RmaStatus status) {
        return status == RmaStatus.REFUSED ? "error" : status == RmaStatus.COMPLETED ? "success" : "";
    }
}
