package dev.rapport.platform.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.mail.EmailTemplate;
import dev.rapport.platform.mail.EmailTemplateService;
import dev.rapport.platform.mail.MailAccount;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mail ({@code admin/mail}): administrators connect the departments' mailboxes, test their connections (the error
 * says what failed), see each one's last poll, and manage the templates users write from.
 */
@Route(value = "admin/mail", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class MailboxesView extends VerticalLayout implements HasDynamicTitle {

    private final MailAccountService accounts;
    private final EmailTemplateService templates;
    private final List<Department> departments;
    private final Formats formats = WebSession.formats();
    private final Grid<MailAccount> grid = new Grid<>();
    private final Grid<EmailTemplate> templateGrid = new Grid<>();

    public MailboxesView(MailAccountService accounts, EmailTemplateService templates, DepartmentDirectory departments) {
        this.accounts = accounts;
        this.templates = templates;
        this.departments = departments.all();
        setSizeFull();
        H2 title = new H2(getTranslation("mailboxes.title"));
        Button add = new Button(getTranslation("mailboxes.add"), VaadinIcon.PLUS.create(),
                click -> new MailboxDialog(null, this.departments, accounts, WebSession.actor(), this::reload).open());
        add.setId("mailbox-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        Button addTemplate = new Button(getTranslation("templates.add"), VaadinIcon.PLUS.create(),
                click -> templateDialog(null));
        addTemplate.setId("template-add");
        templateGrid.setId("templates");
        templateGrid.addColumn(EmailTemplate::name).setHeader(getTranslation("templates.name"));
        templateGrid.addColumn(EmailTemplate::subject).setHeader(getTranslation("templates.subject"));
        templateGrid.addItemClickListener(click -> templateDialog(click.getItem()));
        templateGrid.setHeight("14em");
        add(new HorizontalLayout(title, add), grid, new HorizontalLayout(new H3(getTranslation("templates.title")),
                addTemplate), templateGrid);
        expand(grid);
        reload();
    }

    private void configureGrid() {
        Map<Long, String> departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));
        grid.setId("mailboxes");
        grid.addColumn(a -> departmentNames.getOrDefault(a.departmentId(), "?")).setHeader(getTranslation("mailboxes.field.departmentId"));
        grid.addColumn(MailAccount::name).setHeader(getTranslation("mailboxes.field.name"));
        grid.addColumn(MailAccount::address).setHeader(getTranslation("mailboxes.field.address"));
        grid.addColumn(a -> a.imap().host() + ":" + a.imap().port()).setHeader("IMAP");
        grid.addColumn(a -> getTranslation(a.active() ? "mailboxes.on" : "mailboxes.off"))
                .setHeader(getTranslation("mailboxes.field.active"));
        grid.addColumn(a -> a.lastPollAt() == null ? "" : formats.dateTime(a.lastPollAt())
                + (a.lastError() == null ? "" : " · " + a.lastError())).setHeader(getTranslation("mailboxes.lastPoll"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    }

    private Component actions(MailAccount account) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click ->
                new MailboxDialog(account, departments, accounts, WebSession.actor(), this::reload).open());
        edit.setTooltipText(getTranslation("mailboxes.edit"));
        edit.setAriaLabel(getTranslation("mailboxes.edit") + ": " + account.name());
        Button test = new Button(getTranslation("mailboxes.test"), click -> accounts.testConnection(account.id(),
                WebSession.actor()).ifPresentOrElse(error -> Notifications.error(getTranslation("mailboxes.testFailed", error)),
                () -> Notifications.success(getTranslation("mailboxes.testWorked", account.name()))));
        test.addClassName("mailbox-test");
        test.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, test);
    }

    private void templateDialog(EmailTemplate existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "templates.add" : "templates.edit"));
        TextField name = new TextField(getTranslation("templates.name"));
        TextField subject = new TextField(getTranslation("templates.subject"));
        TextArea body = new TextArea(getTranslation("templates.body"));
        body.setHelperText(getTranslation("templates.placeholders", EmailTemplateService.PLACEHOLDERS.stream()
                .map(p -> "{{" + p + "}}").collect(Collectors.joining(" "))));
        body.setMinHeight("10em");
        List.of(name, subject).forEach(f -> f.setWidthFull());
        body.setWidthFull();
        if (existing != null) {
            name.setValue(existing.name());
            subject.setValue(existing.subject());
            body.setValue(existing.body());
        }
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "subject", subject, "body", body);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                templates.save(existing == null ? null : existing.id(), name.getValue(), subject.getValue(),
                        body.getValue(), WebSession.actor());
                dialog.close();
                reload();
            } catch (ValidationException e) {
                e.errors().forEach(error -> {
                    var field = fields.getOrDefault(error.field(), name);
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    field.setInvalid(true);
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, subject, body));
        dialog.setWidth("600px");
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void reload() {
        grid.setItems(accounts.all());
        templateGrid.setItems(templates.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailboxes.title");
    }
}
