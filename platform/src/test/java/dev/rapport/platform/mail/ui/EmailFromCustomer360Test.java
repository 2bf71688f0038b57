package dev.rapport.platform.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.mail.CustomerMail;
import dev.rapport.platform.mail.EmailTemplate;
import dev.rapport.platform.mail.MailAccount;
import dev.rapport.platform.mail.MailAccountDraft;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailSecurity;
import dev.rapport.platform.mail.SecretBox;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.interaction.Direction;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Writing a mail to a customer from the 360° view, with a template and a preview, through a real SMTP server. */
class EmailFromCustomer360Test {

    private static final Path SECRETS = Path.of("target", "mail-ui-secrets");

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final Kernel kernel = new Kernel();
    private final CustomerMail mail = KaribuUi.customerMail(kernel, new SecretBox(SECRETS));

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(CustomerMail.class, mail));

    @Test
    void anAgentWritesFromATemplateSeesThePreviewSendsAndFindsTheMailOnTheTimeline() throws Exception {
        String address = unique("sales").toLowerCase() + "@rapport.test";
        server.setUser(address, address, "pw");
        MailAccountService accounts = new MailAccountService(kernel.dsl, kernel.clock, new SecretBox(SECRETS), kernel.audit);
        MailAccount mailbox = accounts.save(null, new MailAccountDraft(kernel.departments.findByCode("sales").orElseThrow().id(),
                "Sales " + address, address, "127.0.0.1", server.getImap().getPort(), MailSecurity.NONE, address, "pw",
                "INBOX", "127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE, address, "pw", true), ui.actor());
        EmailTemplate offer = mail.templates().save(null, unique("Offer"), "An offer for {{name}}",
                "Dear {{firstName}},\nhere is our offer.", ui.actor());
        Customer jane = kernel.customers.create(person("Jane", unique("Compose")), ui.actor());
        try {
            ui.open("customers/" + jane.id());
            _click(_get(Button.class, spec -> spec.withId("send-email")));
            _get(Dialog.class, spec -> spec.withId("email-dialog"));
            ComboBox<MailAccount> from = _get(ComboBox.class, spec -> spec.withId("email-from"));
            from.setValue(from.getListDataView().getItems().filter(a -> a.id() == mailbox.id()).findFirst().orElseThrow());
            ComboBox<EmailTemplate> template = _get(ComboBox.class, spec -> spec.withId("email-template"));
            _setValue(template, template.getListDataView().getItems().filter(t -> t.id() == offer.id()).findFirst()
                    .orElseThrow());
            assertThat(_get(TextField.class, spec -> spec.withId("email-subject")).getValue())
                    .isEqualTo("An offer for " + jane.displayName());
            _setValue(_get(TextArea.class, spec -> spec.withId("email-body")),
                    "Dear {{firstName}},\nhere is our best offer.");
            _click(_get(Button.class, spec -> spec.withId("email-show-preview")));
            assertThat(_get(Div.class, spec -> spec.withId("email-preview")).getText())
                    .contains("Dear Jane,\nhere is our best offer.");

            _click(_get(Button.class, spec -> spec.withId("email-send")));

            MimeMessage sent = server.getReceivedMessagesForDomain("example.com")[0];
            assertThat(sent.getSubject()).isEqualTo("An offer for " + jane.displayName());
            assertThat(sent.getAllRecipients()[0].toString()).isEqualTo(jane.details().emails().getFirst().address());
            Interaction logged = kernel.interactions.recent(jane.id(), 5).getFirst();
            assertThat(logged.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(logged.subject()).isEqualTo("An offer for " + jane.displayName());
            assertThat(mail.emails().ofInteraction(logged.id(), ui.actor()).orElseThrow().messageId())
                    .isEqualTo(sent.getMessageID());
        } finally {
            // Other tests in the shared database must not see a mailbox whose server is gone.
            accounts.save(mailbox.id(), new MailAccountDraft(mailbox.departmentId(), mailbox.name(), address, "127.0.0.1",
                    1, MailSecurity.NONE, address, null, "INBOX", "127.0.0.1", 1, MailSecurity.NONE, address, null,
                    false), ui.actor());
        }
    }
}
