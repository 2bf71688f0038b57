package dev.rapport.platform.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.mail.CustomerMail;
import dev.rapport.platform.mail.EmailSender;
import dev.rapport.platform.mail.EmailTemplate;
import dev.rapport.platform.mail.EmailTemplateService;
import dev.rapport.platform.mail.MailAccount;
import dev.rapport.platform.mail.OutgoingEmail;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.List;

/**
 * Writes a mail to a customer: the mailbox it goes out from, one of the customer's addresses, a template filled with
 * the customer's fields, a preview, and Send. Problems show on their fields; a refusal of the mail server shows its
 * reason and keeps the text.
 */
public final class EmailComposeDialog extends Dialog {

    private final ComboBox<MailAccount> mailbox = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final ComboBox<EmailTemplate> template = new ComboBox<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();

    public EmailComposeDialog(Customer customer, CustomerMail mail, Actor actor, Runnable onSent) {
        setHeaderTitle(getTranslation("mail.compose.title", customer.displayName()));
        setId("email-dialog");
        setWidth("640px");
        List<MailAccount> mailboxes = mail.sender().mailboxesFor(actor);
        mailbox.setLabel(getTranslation("mail.compose.from"));
        mailbox.setItems(mailboxes);
        mailbox.setItemLabelGenerator(a -> a.name() + " <" + a.address() + ">");
        mailbox.setId("email-from");
        mailbox.setWidthFull();
        if (!mailboxes.isEmpty()) {
            mailbox.setValue(mailboxes.getFirst());
        }
        List<String> addresses = customer.details().emails().stream().map(EmailAddress::address).toList();
        to.setLabel(getTranslation("mail.compose.to"));
        to.setItems(addresses);
        to.setAllowCustomValue(true);
        to.addCustomValueSetListener(event -> to.setValue(event.getDetail()));
        to.setId("email-to");
        to.setWidthFull();
        if (!addresses.isEmpty()) {
            to.setValue(addresses.getFirst());
        }
        template.setLabel(getTranslation("mail.compose.template"));
        template.setItems(mail.templates().all());
        template.setItemLabelGenerator(EmailTemplate::name);
        template.setId("email-template");
        template.setWidthFull();
        template.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                subject.setValue(EmailTemplateService.render(event.getValue().subject(), customer));
                body.setValue(EmailTemplateService.render(event.getValue().body(), customer));
            }
        });
        subject.setLabel(getTranslation("mail.compose.subject"));
        subject.setId("email-subject");
        subject.setWidthFull();
        body.setLabel(getTranslation("mail.compose.body"));
        body.setId("email-body");
        body.setWidthFull();
        body.setMinHeight("12em");
        preview.setId("email-preview");
        preview.getStyle().set("white-space", "pre-wrap");
        Button showPreview = new Button(getTranslation("mail.compose.preview"), click -> preview.setText(
                EmailTemplateService.render(subject.getValue(), customer) + "\n\n"
                        + EmailTemplateService.render(body.getValue(), customer)));
        showPreview.setId("email-show-preview");
        VerticalLayout form = new VerticalLayout(mailbox, to, template, subject, body, showPreview,
                new H4(getTranslation("mail.compose.previewTitle")), preview);
        form.setPadding(false);
        add(form);
        Button send = new Button(getTranslation("mail.compose.send"), click -> send(customer, mail, actor, onSent));
        send.setId("email-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), send);
    }

    private void send(Customer customer, CustomerMail mail, Actor actor, Runnable onSent) {
        subject.setInvalid(false);
        body.setInvalid(false);
        to.setInvalid(false);
        mailbox.setInvalid(false);
        try {
            mail.sender().send(new OutgoingEmail(customer.id(), mailbox.getValue() == null ? 0 : mailbox.getValue().id(),
                    to.getValue(), EmailTemplateService.render(subject.getValue(), customer),
                    EmailTemplateService.render(body.getValue(), customer)), actor);
            Notification.show(getTranslation("mail.compose.sent", to.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSent.run();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String message = getTranslation(error.messageKey(), error.arguments().toArray());
                switch (error.field()) {
                    case "to" -> invalid(to, message);
                    case "subject" -> invalid(subject, message);
                    case "body" -> invalid(body, message);
                    default -> invalid(mailbox, message);
                }
            }
        } catch (EmailSender.MailNotSentException e) {
            Notification.show(getTranslation("mail.compose.notSent", e.getMessage()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
