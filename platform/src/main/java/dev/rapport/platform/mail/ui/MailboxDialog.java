package dev.rapport.platform.mail.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.mail.MailAccount;
import dev.rapport.platform.mail.MailAccountDraft;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailSecurity;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import java.util.List;
import java.util.Map;

/**
 * Adds or changes a mailbox. Stored passwords are never shown: the password fields stay empty and an empty field
 * keeps the stored password.
 */
final class MailboxDialog extends Dialog {

    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField imapHost = new TextField();
    private final IntegerField imapPort = new IntegerField();
    private final Select<MailSecurity> imapSecurity = new Select<>();
    private final TextField imapUser = new TextField();
    private final PasswordField imapPassword = new PasswordField();
    private final TextField imapFolder = new TextField();
    private final TextField smtpHost = new TextField();
    private final IntegerField smtpPort = new IntegerField();
    private final Select<MailSecurity> smtpSecurity = new Select<>();
    private final TextField smtpUser = new TextField();
    private final PasswordField smtpPassword = new PasswordField();
    private final Checkbox active = new Checkbox();

    MailboxDialog(MailAccount existing, List<Department> departments, MailAccountService accounts, Actor actor,
                  Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "mailboxes.add" : "mailboxes.edit"));
        setId("mailbox-dialog");
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        imapSecurity.setItems(MailSecurity.values());
        smtpSecurity.setItems(MailSecurity.values());
        FormLayout form = new FormLayout();
        label(form, department, "departmentId");
        label(form, name, "name");
        label(form, address, "address");
        label(form, active, "active");
        label(form, imapHost, "imapHost");
        label(form, imapPort, "imapPort");
        label(form, imapSecurity, "imapSecurity");
        label(form, imapUser, "imapUser");
        label(form, imapPassword, "imapPassword");
        label(form, imapFolder, "imapFolder");
        label(form, smtpHost, "smtpHost");
        label(form, smtpPort, "smtpPort");
        label(form, smtpSecurity, "smtpSecurity");
        label(form, smtpUser, "smtpUser");
        label(form, smtpPassword, "smtpPassword");
        add(form);
        fill(existing, departments);
        Button save = new Button(getTranslation("form.save"), click -> save(existing, accounts, actor, onSaved));
        save.setId("mailbox-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }

    private void label(FormLayout form, com.vaadin.flow.component.Component field, String key) {
        field.setId("mailbox-" + key);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("mailboxes.field." + key));
        }
        form.add(field);
    }

    private void fill(MailAccount existing, List<Department> departments) {
        imapPassword.setPlaceholder(existing != null && existing.imap().passwordStored()
                ? getTranslation("mailboxes.passwordKept") : "");
        smtpPassword.setPlaceholder(existing != null && existing.smtp().passwordStored()
                ? getTranslation("mailboxes.passwordKept") : "");
        if (existing == null) {
            imapPort.setValue(993);
            imapSecurity.setValue(MailSecurity.TLS);
            imapFolder.setValue("INBOX");
            smtpPort.setValue(587);
            smtpSecurity.setValue(MailSecurity.STARTTLS);
            active.setValue(true);
            return;
        }
        departments.stream().filter(d -> d.id() == existing.departmentId()).findFirst().ifPresent(department::setValue);
        name.setValue(existing.name());
        address.setValue(existing.address());
        active.setValue(existing.active());
        imapHost.setValue(existing.imap().host());
        imapPort.setValue(existing.imap().port());
        imapSecurity.setValue(existing.imap().security());
        imapUser.setValue(existing.imap().user());
        imapFolder.setValue(existing.imapFolder());
        smtpHost.setValue(existing.smtp().host());
        smtpPort.setValue(existing.smtp().port());
        smtpSecurity.setValue(existing.smtp().security());
        smtpUser.setValue(existing.smtp().user());
    }

    private void save(MailAccount existing, MailAccountService accounts, Actor actor, Runnable onSaved) {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("departmentId", department), Map.entry("name", name),
                Map.entry("address", address), Map.entry("imapHost", imapHost), Map.entry("imapPort", imapPort),
                Map.entry("imapSecurity", imapSecurity), Map.entry("imapUser", imapUser),
                Map.entry("imapPassword", imapPassword), Map.entry("smtpHost", smtpHost), Map.entry("smtpPort", smtpPort),
                Map.entry("smtpSecurity", smtpSecurity));
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            accounts.save(existing == null ? null : existing.id(), new MailAccountDraft(
                    department.getValue() == null ? 0 : department.getValue().id(), name.getValue(), address.getValue(),
                    imapHost.getValue(), imapPort.getValue() == null ? 0 : imapPort.getValue(), imapSecurity.getValue(),
                    imapUser.getValue(), imapPassword.getValue(), imapFolder.getValue(), smtpHost.getValue(),
                    smtpPort.getValue() == null ? 0 : smtpPort.getValue(), smtpSecurity.getValue(), smtpUser.getValue(),
                    smtpPassword.getValue(), active.getValue()), actor);
            close();
            onSaved.run();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                HasValidation field = fields.getOrDefault(error.field(), name);
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }
}
