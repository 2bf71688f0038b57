package dev.rapport.platform.telephony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.telephony.CallLog;
import dev.rapport.platform.telephony.UnmatchedCall;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;

/**
 * Calls the phone system reported from numbers no customer has: agents assign each to the customer it was, which
 * logs it on that customer's timeline and takes it off this list.
 */
@Route(value = "unmatched-calls", layout = MainLayout.class)
@RequiresRole(Role.AGENT)
public class UnmatchedCallsView extends VerticalLayout implements HasDynamicTitle {

    static final String ASSIGN_COLUMN = "assign";

    private final CallLog calls;
    private final CustomerService customers;
    private final UserDirectory users;
    private final Formats formats = WebSession.formats();
    private final Grid<UnmatchedCall> grid = new Grid<>();

    public UnmatchedCallsView(CallLog calls, CustomerService customers, UserDirectory users) {
        this.calls = calls;
        this.customers = customers;
        this.users = users;
        setId("unmatched-calls-view");
        setSizeFull();
        grid.setId("unmatched-calls");
        grid.addColumn(call -> formats.dateTime(call.start())).setHeader(getTranslation("calls.start")).setAutoWidth(true);
        grid.addColumn(UnmatchedCall::number).setHeader(getTranslation("calls.number")).setAutoWidth(true);
        grid.addColumn(call -> getTranslation("enum.Direction." + call.direction().name()))
                .setHeader(getTranslation("calls.direction")).setAutoWidth(true);
        grid.addColumn(call -> call.duration().toMinutes() + ":" + String.format("%02d", call.duration().toSecondsPart()))
                .setHeader(getTranslation("calls.duration")).setAutoWidth(true);
        grid.addColumn(call -> call.agentUserId() == null ? ""
                : users.find(call.agentUserId()).map(User::displayName).orElse("")).setHeader(getTranslation("calls.agent"));
        grid.addComponentColumn(this::assignButton).setKey(ASSIGN_COLUMN).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("calls.empty"));
        add(new H2(getTranslation("calls.title")), new Paragraph(getTranslation("calls.explanation")), grid);
        expand(grid);
        refresh();
    }

    private Button assignButton(UnmatchedCall call) {
        Button assign = new Button(getTranslation("calls.assign"), click -> openAssignDialog(call));
        assign.setId("assign-call-" + call.id());
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return assign;
    }

    private void openAssignDialog(UnmatchedCall call) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("calls.assignTitle", call.number()));
        ComboBox<CustomerSummary> customer = new ComboBox<>(getTranslation("calls.customer"));
        customer.setId("assign-call-customer");
        customer.setWidthFull();
        customer.setItems(query -> customers.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        customer.setItemLabelGenerator(found -> found.displayName()
                + (found.primaryPhone() == null ? "" : " · " + found.primaryPhone()));
        Button confirm = new Button(getTranslation("calls.assign"), click -> {
            if (customer.getValue() == null) {
                customer.setErrorMessage(getTranslation("validation.required"));
                customer.setInvalid(true);
                return;
            }
            try {
                calls.assign(call.id(), customer.getValue().id(), WebSession.actor());
                Notifications.success(getTranslation("calls.assigned", customer.getValue().displayName()));
            } catch (NotFoundException e) {
                Notifications.error(getTranslation("calls.gone"));
            }
            dialog.close();
            refresh();
        });
        confirm.setId("assign-call-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(customer);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        KeysetPager<UnmatchedCall> pager = new KeysetPager<>(calls::open);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calls.title") + " · " + getTranslation("app.name");
    }
}
