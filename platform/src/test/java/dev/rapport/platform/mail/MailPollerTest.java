package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.EMAIL_ATTACHMENT;
import static dev.rapport.platform.internal.db.Tables.EMAIL_MESSAGE;
import static dev.rapport.platform.internal.db.Tables.MAIL_ACCOUNT;
import static dev.rapport.platform.testing.Kernel.organisation;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.plugin.UnmatchedMailActions;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.UnmatchedMailAction;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Incoming mail against a real IMAP server (GreenMail) and the real database. */
class MailPollerTest {

    @RegisterExtension
    static final GreenMailExtension server = MailFixture.server();
    @TempDir
    static Path dataDir;

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();
    private MailFixture mail;
    private MailAccount account;

    @BeforeEach
    void connect() {
        mail = new MailFixture(kernel, dataDir);
        account = mail.connect(server, admin);
    }

    private int poll() {
        return poll(mail.poller(kernel.dsl, MailLimits.DEFAULT));
    }

    private int poll(MailPoller poller) {
        return poller.poll(mail.accounts.get(account.id()), () -> false);
    }

    private List<Interaction> timeline(long customerId) {
        return kernel.interactions.recent(customerId, 50);
    }

    @Test
    void mailFromACustomerOrAContactPersonIsLoggedOnTheCustomersTimeline() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Mail")), admin);
        Customer company = kernel.customers.create(organisation(unique("Acme")), admin);
        String contactAddress = unique("buyer").toLowerCase() + "@acme.example";
        ContactPerson buyer = kernel.customers.addContact(company.id(), new ContactPersonDraft("Bob", "Buyer", "Buyer",
                contactAddress, null), admin);
        String janeAddress = jane.details().emails().getFirst().address();

        mail.deliver(janeAddress.toUpperCase(), "Question about my order", "Where is it?");
        mail.deliver(contactAddress, "Invoice", "Please send the invoice.");
        assertThat(poll()).isEqualTo(2);

        assertThat(timeline(jane.id())).singleElement().satisfies(logged -> {
            assertThat(logged.channel()).isEqualTo(Channel.EMAIL);
            assertThat(logged.direction()).isEqualTo(Direction.INBOUND);
            assertThat(logged.subject()).isEqualTo("Question about my order");
            assertThat(logged.notes()).isEqualTo("Where is it?");
            assertThat(logged.source()).isEqualTo("email");
        });
        assertThat(timeline(company.id())).singleElement().satisfies(logged -> {
            assertThat(logged.subject()).isEqualTo("Invoice");
            assertThat(logged.contactId()).isEqualTo(buyer.id());
        });
        assertThat(poll()).as("nothing is fetched twice").isZero();
        assertThat(mail.accounts.get(account.id()).lastError()).isNull();
    }

    @Test
    void repliesJoinTheThreadOfTheMailTheyAnswer() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Thread")), admin);
        String from = jane.details().emails().getFirst().address();
        String firstId = "<" + unique("first") + "@example.com>";
        MimeMessage first = new MimeMessage(mail.message(from, "Broken lamp", "It flickers.")) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", firstId);
            }
        };
        mail.deliver(first);
        MimeMessage reply = mail.message(from, "Re: Broken lamp", "Still flickers.");
        reply.saveChanges();
        reply.setHeader("In-Reply-To", firstId);
        reply.setHeader("References", firstId);
        mail.user.deliver(reply);
        MimeMessage other = mail.message(from, "New topic", "Hello");
        mail.deliver(other);
        poll();

        List<StoredEmail> stored = timeline(jane.id()).stream()
                .map(i -> mail.emails.ofInteraction(i.id(), admin).orElseThrow()).toList();
        assertThat(stored).extracting(StoredEmail::subject)
                .containsExactlyInAnyOrder("Broken lamp", "Re: Broken lamp", "New topic");
        assertThat(mail.emails.thread(firstId)).extracting(StoredEmail::subject)
                .containsExactly("Broken lamp", "Re: Broken lamp");
        assertThat(stored.stream().filter(e -> e.subject().equals("New topic")).findFirst().orElseThrow().threadId())
                .isNotEqualTo(firstId);
    }

    @Test
    void attachmentsAreStoredAndOneOverTheLimitIsLeftOutWithANote() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Attach")), admin);
        MimeMessage message = mail.message(jane.details().emails().getFirst().address(), "Photos", "");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See attached.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(attachment("receipt.pdf", "application/pdf", new byte[500]));
        parts.addBodyPart(attachment("video.mp4", "video/mp4", new byte[5_000]));
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p onclick=\"steal()\">Hi <b>there</b><script>alert(1)</script></p>", "text/html; charset=UTF-8");
        parts.addBodyPart(html);
        message.setContent(parts);
        mail.deliver(message);

        poll(mail.poller(kernel.dsl, new MailLimits(1 << 20, 1_000, 8, 100, 100_000)));

        Interaction logged = timeline(jane.id()).getFirst();
        StoredEmail stored = mail.emails.ofInteraction(logged.id(), admin).orElseThrow();
        assertThat(stored.attachments()).extracting(StoredEmail.AttachmentInfo::fileName, StoredEmail.AttachmentInfo::stored)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("receipt.pdf", true),
                        org.assertj.core.groups.Tuple.tuple("video.mp4", false));
        assertThat(mail.emails.attachmentContent(stored.attachments().getFirst().id(), admin)).hasValueSatisfying(
                bytes -> assertThat(bytes).hasSize(500));
        assertThat(stored.note()).contains("video.mp4").contains("over the limit");
        assertThat(stored.htmlBody()).contains("<b>there</b>").doesNotContain("script").doesNotContain("onclick");
        assertThat(logged.notes()).isEqualTo("See attached.");
    }

    private static MimeBodyPart attachment(String name, String type, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        return part;
    }

    @Test
    void mailFromAnUnknownSenderWaitsInTheUnmatchedInboxUntilAssigned() throws Exception {
        String stranger = unique("stranger").toLowerCase() + "@nowhere.example";
        mail.deliver(stranger, "Do you sell lamps?", "I would like ten.");
        poll();

        List<StoredEmail> unmatched = mail.emails.unmatched(account.departmentId(), null, 50, admin);
        StoredEmail waiting = unmatched.stream().filter(e -> stranger.equals(e.from())).findFirst().orElseThrow();
        assertThat(waiting.state()).isEqualTo("UNMATCHED");
        assertThat(waiting.interactionId()).isNull();

        Customer prospect = kernel.customers.create(person("Pat", unique("Prospect")), admin);
        mail.emails.assign(waiting.id(), prospect.id(), admin);

        assertThat(timeline(prospect.id())).singleElement().satisfies(logged -> {
            assertThat(logged.subject()).isEqualTo("Do you sell lamps?");
            assertThat(logged.recordedBy()).isEqualTo(admin.userId());
        });
        assertThat(mail.emails.unmatched(account.departmentId(), null, 50, admin)).extracting(StoredEmail::id)
                .doesNotContain(waiting.id());
    }

    @Test
    void unmatchedMailHandedToAPluginLeavesTheInboxOnceAndComesBackWhenThePluginFails() throws Exception {
        String stranger = unique("lead").toLowerCase() + "@nowhere.example";
        mail.deliver(stranger, "Quote for 40 seats", "Please call me.");
        poll();
        StoredEmail waiting = mail.emails.unmatched(account.departmentId(), null, 50, admin).stream()
                .filter(e -> stranger.equals(e.from())).findFirst().orElseThrow();
        List<UnmatchedMailAction.Mail> received = new java.util.ArrayList<>();
        UnmatchedMailAction failing = action(m -> {
            throw new IllegalStateException("plugin down");
        });

        assertThatThrownBy(() -> mail.emails.handOver(waiting.id(), new UnmatchedMailActions.PluginAction("acme",
                failing), admin)).hasMessageContaining("plugin down");
        assertThat(mail.emails.unmatched(account.departmentId(), null, 50, admin)).extracting(StoredEmail::id)
                .as("back in the inbox").contains(waiting.id());

        String made = mail.emails.handOver(waiting.id(), new UnmatchedMailActions.PluginAction("acme", action(m -> {
            received.add(m);
            return "Lead 7: " + m.fromAddress();
        })), admin);
        assertThat(made).isEqualTo("Lead 7: " + stranger);
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(waiting.id());
            assertThat(m.departmentId()).isEqualTo(account.departmentId());
            assertThat(m.subject()).isEqualTo("Quote for 40 seats");
            assertThat(m.textBody()).contains("Please call me.");
        });
        assertThat(mail.emails.unmatched(account.departmentId(), null, 50, admin)).extracting(StoredEmail::id)
                .doesNotContain(waiting.id());
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("EMAIL_HANDED_OVER")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(waiting.id()))))).isTrue();
        assertThatThrownBy(() -> mail.emails.handOver(waiting.id(), new UnmatchedMailActions.PluginAction("acme",
                action(m -> "twice")), admin)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> mail.emails.assign(waiting.id(), kernel.customers.create(person("Pat",
                unique("Late")), admin).id(), admin)).isInstanceOf(ValidationException.class);
        assertThat(received).hasSize(1);
    }

    private static UnmatchedMailAction action(java.util.function.Function<UnmatchedMailAction.Mail, String> apply) {
        return new UnmatchedMailAction() {
            @Override
            public String labelKey() {
                return "test.action";
            }

            @Override
            public String apply(Mail mail) {
                return apply.apply(mail);
            }
        };
    }

    @Test
    void aDeliveryReportMarksTheAddressUndeliverableInsteadOfLoggingMail() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Bounce")), admin);
        String janeAddress = jane.details().emails().getFirst().address();
        MimeMessage report = mail.message("MAILER-DAEMON@mx.example", "Undelivered Mail Returned to Sender", "");
        MimeMultipart parts = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.", "UTF-8");
        parts.addBodyPart(human);
        MimeBodyPart status = new MimeBodyPart();
        status.setContent("Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; " + janeAddress
                + "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n",
                "message/delivery-status");
        parts.addBodyPart(status);
        report.setContent(parts);
        mail.deliver(report);
        poll();

        assertThat(timeline(jane.id())).isEmpty();
        assertThat(mail.emails.undeliverable(jane.id())).singleElement().satisfies(bad -> {
            assertThat(bad.address()).isEqualTo(janeAddress);
            assertThat(bad.reason()).contains("5.1.1").contains("User unknown");
        });
    }

    @Test
    void aPollCutShortByARestartOrTheDatabaseGoingAwayLosesAndDoublesNothing() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Restart")), admin);
        String from = jane.details().emails().getFirst().address();
        for (int i = 1; i <= 6; i++) {
            mail.deliver(from, "Message " + i, "Body " + i);
        }
        // A stop (the job cancelled) after two messages.
        AtomicInteger asked = new AtomicInteger();
        mail.poller(kernel.dsl, MailLimits.DEFAULT).poll(mail.accounts.get(account.id()), () -> asked.incrementAndGet() > 2);
        assertThat(timeline(jane.id())).hasSize(2);

        // The database fails while the fourth message is stored: the poll ends, nothing of its group (the four
        // messages left, fetched and stored together) stays.
        AtomicInteger inserts = new AtomicInteger();
        DSLContext failing = kernel.dsl.configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                String sql = ctx.sql() == null ? "" : ctx.sql().toLowerCase(java.util.Locale.ROOT);
                if (sql.startsWith("insert") && sql.contains("email_message")
                        && inserts.incrementAndGet() == 2) {
                    throw new DataAccessException("Connection lost");
                }
            }
        }).dsl();
        assertThat(poll(mail.poller(failing, MailLimits.DEFAULT))).isZero();
        assertThat(timeline(jane.id())).hasSize(2);
        assertThat(mail.accounts.get(account.id()).lastError()).contains("Connection lost");

        // After the restart, a new poller carries on where the stored UID says.
        assertThat(poll()).isEqualTo(4);
        assertThat(timeline(jane.id())).extracting(Interaction::subject).containsExactlyInAnyOrder(
                "Message 1", "Message 2", "Message 3", "Message 4", "Message 5", "Message 6");
        assertThat(kernel.dsl.fetchCount(EMAIL_MESSAGE, EMAIL_MESSAGE.ACCOUNT_ID.eq(account.id()))).isEqualTo(6);
        assertThat(mail.accounts.get(account.id()).lastError()).isNull();
        assertThat(server.getReceivedMessages()).as("the mail stays on the server").hasSize(6);
    }

    @Test
    void aPollFromAPositionAnotherNodeHasPassedStoresNothingTwice() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Stale")), admin);
        String from = jane.details().emails().getFirst().address();
        for (int i = 1; i <= 3; i++) {
            mail.deliver(from, "Early " + i, "Body " + i);
        }
        assertThat(poll()).isEqualTo(3);
        // A node that read the position before the other's group committed starts again after the first message.
        kernel.dsl.update(MAIL_ACCOUNT).set(MAIL_ACCOUNT.LAST_UID, MAIL_ACCOUNT.LAST_UID.minus(2L))
                .where(MAIL_ACCOUNT.ID.eq(account.id())).execute();
        mail.deliver(from, "Late 1", "Body 4");
        mail.deliver(from, "Late 2", "Body 5");

        assertThat(poll()).as("one group: two already there, two new").isEqualTo(4);
        assertThat(timeline(jane.id())).extracting(Interaction::subject).containsExactlyInAnyOrder(
                "Early 1", "Early 2", "Early 3", "Late 1", "Late 2");
        assertThat(kernel.dsl.fetchCount(EMAIL_MESSAGE, EMAIL_MESSAGE.ACCOUNT_ID.eq(account.id()))).isEqualTo(5);
        assertThat(poll()).as("the position is past all of them").isZero();
    }

    @Test
    void hugeDeepOrBrokenMessagesGetAClearOutcomeAndNeverStopThePoll() throws Exception {
        Customer jane = kernel.customers.create(person("Jane", unique("Bomb")), admin);
        String from = jane.details().emails().getFirst().address();
        mail.deliver(from, "Huge", "x".repeat(300_000));
        MimeMessage nested = mail.message(from, "Nested", "");
        MimeMultipart inner = new MimeMultipart();
        MimeBodyPart leaf = new MimeBodyPart();
        leaf.setText("deep inside", "UTF-8");
        inner.addBodyPart(leaf);
        for (int depth = 0; depth < 30; depth++) {
            MimeBodyPart wrapper = new MimeBodyPart();
            wrapper.setContent(inner);
            inner = new MimeMultipart();
            inner.addBodyPart(wrapper);
        }
        MimeBodyPart top = new MimeBodyPart();
        top.setText("on top", "UTF-8");
        inner.addBodyPart(top, 0);
        nested.setContent(inner);
        mail.deliver(nested);
        String raw = "From: " + from + "\r\nTo: " + mail.address + "\r\nSubject: Broken\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: 8bit\r\n\r\nGr\u00fc\u00dfe\r\n";
        mail.user.deliver(new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        mail.deliver(from, "After them", "fine");

        assertThat(poll(mail.poller(kernel.dsl, new MailLimits(100_000, 50_000, 8, 100, 100_000)))).isEqualTo(4);

        List<StoredEmail> stored = kernel.dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.ACCOUNT_ID.eq(account.id()))
                .orderBy(EMAIL_MESSAGE.ID).fetch(EMAIL_MESSAGE.ID).stream()
                .map(id -> kernel.dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.ID.eq(id)).fetchOne())
                .map(r -> new StoredEmail(r.getId(), r.getAccountId(), r.getState(), r.getDirection(), r.getCustomerId(),
                        r.getInteractionId(), r.getMessageId(), r.getThreadId(), r.getFromAddress(), r.getToAddresses(),
                        r.getSubject(), r.getTextBody(), r.getHtmlBody(), r.getNote(), r.getSentAt(), List.of()))
                .toList();
        assertThat(stored).extracting(StoredEmail::subject).containsExactly("Huge", "Nested", "Broken", "After them");
        StoredEmail huge = stored.get(0);
        assertThat(huge.state()).isEqualTo("REFUSED");
        assertThat(huge.note()).contains("larger than the limit");
        assertThat(huge.textBody()).isNull();
        assertThat(stored.get(1).state()).isEqualTo("LOGGED");
        assertThat(stored.get(1).note()).contains("nested deeper");
        assertThat(stored.get(1).textBody()).isEqualTo("on top");
        assertThat(stored.get(2).note()).contains("Unknown charset");
        assertThat(stored.get(2).textBody()).startsWith("Gr");
        assertThat(stored.get(3).state()).isEqualTo("LOGGED");
        assertThat(timeline(jane.id())).extracting(Interaction::subject)
                .containsExactlyInAnyOrder("Nested", "Broken", "After them");
        assertThat(kernel.dsl.fetchCount(EMAIL_ATTACHMENT, EMAIL_ATTACHMENT.EMAIL_ID.eq(huge.id()))).isZero();
    }
}
