package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.mail.MailAccount;
import dev.rapport.platform.mail.MailAccountDraft;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailPollJob;
import dev.rapport.platform.mail.MailSecurity;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.security.Role;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A mail delivered to a connected mailbox is fetched by the kernel's job and shows on the customer's timeline. */
@ExtendWith(RapportBrowserExtension.class)
class EmailIT {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @Test
    void anEmailFromACustomerAppearsOnTheirTimeline(RapportServer server, WebDriver driver) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String mailbox = "support-" + suffix + "@rapport.test";
        String customerAddress = "jane." + suffix + "@example.com";
        mailServer.setUser(mailbox, mailbox, "pw");
        var services = server.platform().services();
        MailAccountService accounts = services.require(MailAccountService.class);
        MailAccount account = accounts.save(null, new MailAccountDraft(services.require(DepartmentDirectory.class)
                .findByCode("service").orElseThrow().id(), "Support", mailbox, "127.0.0.1", mailServer.getImap().getPort(),
                MailSecurity.NONE, mailbox, "pw", "INBOX", "127.0.0.1", mailServer.getSmtp().getPort(), MailSecurity.NONE,
                mailbox, "pw", true), Actor.SYSTEM);
        try {
            Customer jane = services.require(CustomerService.class).create(new CustomerDraft(CustomerKind.PERSON, "Jane",
                    "Mail" + suffix, null, LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false,
                    List.of(new EmailAddress(ContactLabel.WORK, customerAddress)), List.of(), List.of(), Set.of(), null),
                    Actor.SYSTEM);
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(customerAddress));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailbox));
            message.setSubject("My lamp flickers " + suffix);
            message.setText("Since Monday.");
            message.saveChanges();
            mailServer.getUserManager().getUser(mailbox).deliver(message);

            JobScheduler jobs = services.require(JobScheduler.class);
            long runId = jobs.startNow("kernel", MailPollJob.ID, "it");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (jobs.run("kernel", runId).map(JobRunInfo::state).filter(state -> state.isFinished()).isEmpty()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }

            User agent = server.account("it-email-agent", Role.AGENT, "service");
            LoginPage.signIn(driver, server, agent.username(), RapportServer.PASSWORD);
            Customer360Page page = Customer360Page.open(driver, server, jane.id());
            new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("the mail on the timeline")
                    .until(d -> ("My lamp flickers " + suffix).equals(page.timelineCell(0, 2)));
            assertThat(page.timelineCell(0, 1)).contains("Email");
        } finally {
            MailAccount current = accounts.get(account.id());
            accounts.save(current.id(), new MailAccountDraft(current.departmentId(), current.name(), mailbox, "127.0.0.1",
                    current.imap().port(), MailSecurity.NONE, mailbox, null, "INBOX", "127.0.0.1", current.smtp().port(),
                    MailSecurity.NONE, mailbox, null, false), Actor.SYSTEM);
        }
    }
}
