package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.RouteIds;
import dev.rapport.platform.web.WebSession;
import java.util.List;
import java.util.stream.Collectors;

/** Creates a customer ({@code customers/new}) or edits one ({@code customers/<id>/edit}). */
@Route(value = "customers/new", layout = MainLayout.class)
@RouteAlias(value = "customers/:customerId(\\d+)/edit", layout = MainLayout.class)
public class CustomerEditView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CustomerEditViewLogic logic;
    private final CustomerForm form;
    private final H2 title = new H2();
    private CustomerDraft savedState;
    private Notification refusal;

    public CustomerEditView(CustomerService customers, UserDirectory users, RapportConfig config) {
        this.logic = new CustomerEditViewLogic(this, customers, config);
        this.form = new CustomerForm(users.activeUsers(), customers.tags("", 200));
        title.setId("customer-form-title");
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        form.addSaveListener(event -> logic.save(event.draft()));
        form.addCancelListener(event -> logic.cancel());
        setMaxWidth("72em");
        add(title, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            logic.enter(RouteIds.optional(event, "customerId", "Customer").orElse(null), WebSession.actor(),
                    WebSession.formats());
        } catch (AccessDeniedException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    void showNew(CustomerDraft defaults) {
        title.setText(getTranslation("customers.new"));
        form.setDraft(defaults);
        savedState = form.draft();
    }

    void showExisting(Customer customer) {
        title.setText(getTranslation("customers.edit", customer.displayName()));
        form.setDraft(customer.details());
        savedState = form.draft();
    }

    void showErrors(List<FieldError> errors) {
        List<FieldError> unplaced = form.showErrors(errors);
        String summary = errors.stream().map(error -> getTranslation(error.messageKey(), error.arguments().toArray()))
                .distinct().collect(Collectors.joining(" "));
        closeRefusal();
        refusal = Notifications.error(getTranslation("customers.saveRefused") + (unplaced.isEmpty() ? "" : " " + summary));
        form.saveHandled();
    }

    void showConflict(ConcurrentEditException conflict) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader(getTranslation("conflict.title"));
        dialog.setText(conflict.changedBy().isEmpty()
                ? getTranslation("conflict.textAnonymous", WebSession.formats().dateTime(conflict.changedAt()))
                : getTranslation("conflict.text", conflict.changedBy(), WebSession.formats().dateTime(conflict.changedAt())));
        dialog.setConfirmText(getTranslation("conflict.reload"));
        dialog.addConfirmListener(event -> logic.reload());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("conflict.keepEditing"));
        dialog.open();
        form.saveHandled();
    }

    /** The save went through: nothing unsaved remains. */
    void saved(Customer customer) {
        savedState = null;
        closeRefusal();
        Notifications.success(getTranslation("customers.saved", customer.displayName()));
        getUI().ifPresent(ui -> ui.navigate(Customer360View.class, Customer360View.parameters(customer.id())));
    }

    /** An earlier refusal no longer applies once a later save is answered. */
    private void closeRefusal() {
        if (refusal != null) {
            refusal.close();
            refusal = null;
        }
    }

    void leave(Long customerId) {
        getUI().ifPresent(ui -> {
            if (customerId == null) {
                ui.navigate(CustomerListView.class);
            } else {
                ui.navigate(Customer360View.class, Customer360View.parameters(customerId));
            }
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (savedState == null || savedState.equals(form.draft())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("unsaved.title"), getTranslation("unsaved.text"),
                getTranslation("unsaved.discard"), confirm -> {
                    savedState = null;
                    action.proceed();
                });
        dialog.setId("unsaved-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("unsaved.stay"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
