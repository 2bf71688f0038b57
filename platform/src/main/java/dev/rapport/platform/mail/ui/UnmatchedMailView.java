package dev.rapport.platform.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.mail.EmailService;
import dev.rapport.platform.mail.StoredEmail;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.UnmatchedMailActions;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.util.List;

/**
 * Unmatched mail ({@code mail/unmatched}): mail to a department's mailboxes from senders who are no customer, newest
 * first; an agent reads one and assigns it to a customer, which logs it on that customer's timeline, or hands it to
 * a plugin enabled for the department (e.g. acquisition's "Turn into a lead", an {@code UnmatchedMailAction}).
 */
@Route(value = "mail/unmatched", layout = MainLayout.class)
@RequiresRole(Role.AGENT)
public class UnmatchedMailView extends VerticalLayout implements HasDynamicTitle {

    private final EmailService emails;
    private final CustomerService customers;
    private final UnmatchedMailActions actions;
    private final ModuleAccess modules;
    private final PluginHealth health;
    private final Formats formats = WebSession.formats();
    private final Select<Department> department = new Select<>();
    private final Grid<StoredEmail> grid = new Grid<>();

    public UnmatchedMailView(EmailService emails, CustomerService customers, DepartmentDirectory departments,
                             UnmatchedMailActions actions, ModuleAccess modules, PluginHealth health) {
        this.emails = emails;
        this.customers = customers;
        this.actions = actions;
        this.modules = modules;
        this.health = health;
        Actor actor = WebSession.actor();
        List<Department> mine = departments.all().stream()
                .filter(d -> actor.has(Role.ADMINISTRATOR) || actor.departmentIds().contains(d.id())).toList();
        setSizeFull();
        department.setLabel(getTranslation("unmatched.department"));
        department.setId("unmatched-department");
        department.setItems(mine);
        department.setItemLabelGenerator(Department::name);
        department.addValueChangeListener(event -> reload());
        grid.setId("unmatched-mail");
        grid.addColumn(e -> formats.dateTime(e.sentAt())).setHeader(getTranslation("unmatched.received")).setAutoWidth(true);
        grid.addColumn(StoredEmail::from).setHeader(getTranslation("unmatched.from"));
        grid.addColumn(e -> e.subject() == null ? "" : e.subject()).setHeader(getTranslation("unmatched.subject")).setFlexGrow(3);
        grid.addComponentColumn(this::assignment).setKey("assign").setHeader(getTranslation("unmatched.assign"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(email -> {
            Div body = new Div();
            body.getStyle().set("white-space", "pre-wrap");
            body.setText(email.textBody() == null ? "" : email.textBody());
            return new Div(body, new EmailDetails(email, emails, WebSession.actor()));
        }));
        grid.setEmptyStateText(getTranslation("unmatched.empty"));
        add(new H2(getTranslation("unmatched.title")), department, grid);
        expand(grid);
        if (!mine.isEmpty()) {
            department.setValue(mine.getFirst());
        }
    }

    private Component assignment(StoredEmail email) {
        ComboBox<CustomerSummary> customer = new ComboBox<>();
        customer.setPlaceholder(getTranslation("unmatched.findCustomer"));
        customer.setItemLabelGenerator(CustomerSummary::displayName);
        customer.setItems(query -> customers.search(query.getFilter().orElse(""), query.getLimit())
                .stream().skip(query.getOffset()));
        customer.addClassName("unmatched-customer");
        Button assign = new Button(getTranslation("unmatched.assignButton"), click -> {
            if (customer.getValue() == null) {
                customer.setErrorMessage(getTranslation("validation.required"));
                customer.setInvalid(true);
                return;
            }
            try {
                emails.assign(email.id(), customer.getValue().id(), WebSession.actor());
                Notifications.success(getTranslation("unmatched.assigned", customer.getValue().displayName()));
            } catch (ValidationException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
            reload();
        });
        assign.addClassName("unmatched-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(customer, assign);
        long departmentId = department.getValue().id();
        for (UnmatchedMailActions.PluginAction action : actions.of(plugin -> modules.departmentsOf(plugin)
                .contains(departmentId))) {
            row.add(handOverButton(email, action));
        }
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Button handOverButton(StoredEmail email, UnmatchedMailActions.PluginAction action) {
        Button button = new Button(getTranslation(action.action().labelKey()), click -> {
            try {
                String made = emails.handOver(email.id(), action, WebSession.actor());
                Notifications.success(getTranslation("unmatched.handedOver", made));
            } catch (ValidationException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey(),
                        e.errors().getFirst().arguments().toArray()));
            } catch (RuntimeException | LinkageError e) {
                health.failed(action.pluginId(), "unmatched mail action " + action.action().getClass().getName(), e);
                Notifications.error(getTranslation("unmatched.handOverFailed", action.pluginId()));
            }
            reload();
        });
        button.setDisableOnClick(true);
        button.addClassName("unmatched-hand-over");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void reload() {
        Department chosen = department.getValue();
        if (chosen == null) {
            grid.setItems(List.of());
            return;
        }
        KeysetPager<StoredEmail> pager = new KeysetPager<>((after, limit) ->
                emails.unmatched(chosen.id(), after == null ? null : after.id(), limit, WebSession.actor()));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unmatched.title");
    }
}
