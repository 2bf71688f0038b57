package dev.rapport.plugin.acquisition.capture;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.UnmatchedMailAction;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Turn into a lead" on unmatched mail: the sender becomes a lead with a name read from the address and the mail as
 * notes, logged as an email recorded by the agent; the same sender again updates that open lead; mail without a
 * sender's address is refused on the field and stores nothing.
 */
class MailToLeadTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private static UnmatchedMailAction.Mail mail(String from, String subject, String body) {
        return new UnmatchedMailAction.Mail(1, kernel.department("sales").id(), from, subject, body,
                Instant.parse("2026-12-01T09:30:00Z"));
    }

    private static List<Long> leadIds(String address) {
        return kernel.dsl().select(ACQ_LEAD.ID).from(ACQ_LEAD).where(ACQ_LEAD.EMAIL.eq(address)).fetch(ACQ_LEAD.ID);
    }

    @Test
    void anUnknownSendersMailBecomesALeadAndTheSameSenderAgainUpdatesIt() {
        AcquisitionTestData.reset(kernel);
        UserInfo agent = kernel.createUser("Mail Agent", Role.AGENT, "sales");
        kernel.signIn(agent);
        MailToLead action = new MailToLead(kernel.context(), kernel.service(LeadCapture.class));
        String address = "jane.o-hara@" + kernel.unique("acme").toLowerCase(Locale.ROOT) + ".example";

        String made = action.apply(mail(address, "Prices for 40 seats?", "We need a quote by Friday."));

        LeadService leads = kernel.service(LeadService.class);
        Lead lead = leads.get(leadIds(address).getFirst());
        assertThat(made).contains(String.valueOf(lead.id())).contains("Jane");
        assertThat(lead.firstName()).isEqualTo("Jane O");
        assertThat(lead.lastName()).isEqualTo("Hara");
        assertThat(lead.source()).isEqualTo(LeadSource.OTHER);
        assertThat(lead.sourceDetail()).isEqualTo("Email “Prices for 40 seats?”");
        assertThat(lead.notes()).isEqualTo("Prices for 40 seats?\n\nWe need a quote by Friday.");
        assertThat(leads.interactions(lead.id())).singleElement().satisfies(logged -> {
            assertThat(logged.channel()).isEqualTo(Channel.EMAIL);
            assertThat(logged.recordedBy()).isEqualTo(agent.id());
        });

        String again = action.apply(mail(address, "Any news?", "Still waiting."));
        assertThat(again).contains("updated").contains(String.valueOf(lead.id()));
        assertThat(leadIds(address)).containsExactly(lead.id());
    }

    @Test
    void mailWithoutASendersAddressIsRefusedAndStoresNothing() {
        AcquisitionTestData.reset(kernel);
        kernel.signIn(kernel.createUser(Role.AGENT, "sales"));
        MailToLead action = new MailToLead(kernel.context(), kernel.service(LeadCapture.class));
        int before = kernel.dsl().fetchCount(ACQ_LEAD);

        assertThatThrownBy(() -> action.apply(mail(null, "No sender", "?")))
                .isInstanceOfSatisfying(ValidationException.class, refused ->
                        assertThat(refused.errors()).anySatisfy(error -> assertThat(error.field()).isEqualTo("email")));
        assertThat(kernel.dsl().fetchCount(ACQ_LEAD)).isEqualTo(before);
    }

    @Test
    void aNameIsReadFromTheAddress() {
        assertThat(MailToLead.nameOf("jane.doe@acme.example")).containsExactly("Jane", "Doe");
        assertThat(MailToLead.nameOf("info@acme.example")).containsExactly(null, "Info");
        assertThat(MailToLead.nameOf("j.r.r+news@acme.example")).containsExactly("J R R", "News");
        assertThat(MailToLead.nameOf("4711@acme.example")).containsExactly(null, "4711");
        assertThat(MailToLead.nameOf(null)).containsExactly(null, "Unknown");
    }
}
