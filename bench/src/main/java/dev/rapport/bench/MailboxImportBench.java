package dev.rapport.bench;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.EMAIL_MESSAGE;

import dev.rapport.platform.mail.MailAccount;
import dev.rapport.platform.mail.MailAccountDraft;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailPoller;
import dev.rapport.platform.mail.MailSecurity;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Importing a mailbox: a department mailbox of the kernel ({@link MailAccountService}) connected to a real IMAP server
 * on loopback (Dovecot when installed, else GreenMail: {@link BenchImapServer}) holding {@code messages} generated messages ({@link GeneratedMailbox}), imported by the kernel's
 * own poller (what the IDLE watcher and the minute's poll job call); timed from the start of the poll until the
 * database holds every message (counted in {@code email_message} every 100 ms, logged on a customer's timeline or
 * kept as unmatched). Baseline in the same run: Angus Mail fetching the same messages from the same server without
 * storing them, before and after the import. It prints the figures and leaves RESULTS.md alone.
 * <p>{@code java -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.MailboxImportBench
 * [customers, default 100000] [messages, default 10000]}
 */
public final class MailboxImportBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final int KNOWN_SENDERS = 1000;
    /** The mailbox never sends here: its SMTP settings only need to be valid. */
    private static final int NO_SMTP = 25;

    private MailboxImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        BenchOptions options = BenchOptions.parse("--customers", String.valueOf(customers));
        Machine machine = Machine.current();
        System.out.printf("Mailbox import bench on %d cores, %s; load average %s%n", machine.cores(), machine.jdk(),
                Machine.loadAverage());
        try (GeneratedDatabase database = GeneratedDatabase.open(options, customers, System.out);
             BenchPlatform platform = BenchPlatform.start(database, Map.of())) {
            DSLContext dsl = platform.service(Database.class).dsl();
            SampleData sample = SampleData.draw(dsl, options.seed(), KNOWN_SENDERS);
            List<String> known = dsl.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL)
                    .where(CUSTOMER_EMAIL.CUSTOMER_ID.in(sample.customerIds())).fetch(CUSTOMER_EMAIL.EMAIL);
            long filling = System.nanoTime();
            try (GeneratedMailbox mailbox = GeneratedMailbox.fill(messages, known, options.seed())) {
                System.out.printf("  %s messages delivered to %s in %s s (%s known senders)%n",
                        Format.count(messages), mailbox.server(), Format.number(seconds(filling)),
                        Format.count(known.size()));
                for (Figure figure : measure(platform, mailbox, messages)) {
                    System.out.printf("  %-40s %10s %-4s %s%s%n", figure.name(), Format.number(figure.value()),
                            figure.unit(), figure.hasTarget() ? "target " + figure.describeTarget()
                                    + (figure.meetsTarget() ? " met; " : " NOT met; ") : "", figure.note());
                }
            }
        }
        System.out.printf("Load average at the end: %s%n", Machine.loadAverage());
        System.exit(0);
    }

    private static List<Figure> measure(BenchPlatform platform, GeneratedMailbox mailbox, int messages)
            throws Exception {
        long rawStarted = System.nanoTime();
        int fetched = mailbox.fetchAllWithoutStoring();
        double rawBefore = seconds(rawStarted);
        requireAll(fetched, messages, "the baseline fetched");
        String loadBefore = Machine.loadAverage();
        MailAccount account = connect(platform, mailbox);
        DSLContext dsl = platform.service(Database.class).dsl();
        MailPoller poller = platform.service(MailPoller.class);
        long started = System.nanoTime();
        CompletableFuture<Integer> poll = CompletableFuture.supplyAsync(() -> poller.poll(account, () -> false));
        int stored = 0;
        long lastReport = started;
        while (stored < messages && !poll.isDone() && System.nanoTime() - started < TIMEOUT.toNanos()) {
            TimeUnit.MILLISECONDS.sleep(100);
            stored = dsl.fetchCount(EMAIL_MESSAGE, EMAIL_MESSAGE.ACCOUNT_ID.eq(account.id()));
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
                System.out.printf("  ... %s of %s stored after %s s%n", Format.count(stored), Format.count(messages),
                        Format.number(seconds(started)));
                lastReport = System.nanoTime();
            }
        }
        stored = dsl.fetchCount(EMAIL_MESSAGE, EMAIL_MESSAGE.ACCOUNT_ID.eq(account.id()));
        double importSeconds = seconds(started);
        requireAll(stored, messages, "the import stored");
        int polled = poll.get();
        String loadAfter = Machine.loadAverage();
        Map<String, Integer> states = dsl.select(EMAIL_MESSAGE.STATE, DSL.count()).from(EMAIL_MESSAGE)
                .where(EMAIL_MESSAGE.ACCOUNT_ID.eq(account.id())).groupBy(EMAIL_MESSAGE.STATE)
                .fetchMap(EMAIL_MESSAGE.STATE, DSL.count());
        long rawAfterStarted = System.nanoTime();
        requireAll(mailbox.fetchAllWithoutStoring(), messages, "the second baseline fetched");
        double rawAfter = seconds(rawAfterStarted);
        String how = Format.count(messages) + " messages polled by the kernel's MailPoller (" + Format.count(polled)
                + " stored by it; by state " + states + "); load average " + loadBefore + " before, " + loadAfter
                + " after";
        String baseline = "Angus Mail fetching the same messages (UID, size, whole message), storing nothing";
        return List.of(
                Figure.atMost("Mailbox import: time", importSeconds, "s", 60, how),
                Figure.informative("Mailbox import: rate", messages / importSeconds, "messages/s", how),
                Figure.informative("Baseline: fetch only, before", rawBefore, "s", baseline),
                Figure.informative("Baseline: fetch only, after", rawAfter, "s", baseline));
    }

    /** The service department's mailbox on the bench's IMAP server, inactive so that only the measured poll reads it. */
    private static MailAccount connect(BenchPlatform platform, GeneratedMailbox mailbox) {
        Actor admin = platform.service(UserDirectory.class).findByUsername("admin").map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("The demo administrator is missing"));
        long service = platform.service(DepartmentDirectory.class).findByCode("service").orElseThrow().id();
        String address = mailbox.address();
        return platform.service(MailAccountService.class).save(null, new MailAccountDraft(service,
                "Bench " + System.currentTimeMillis(), address, "127.0.0.1", mailbox.imapPort(), MailSecurity.NONE,
                address, GeneratedMailbox.PASSWORD, "INBOX", "127.0.0.1", NO_SMTP, MailSecurity.NONE,
                address, GeneratedMailbox.PASSWORD, false), admin);
    }

    private static void requireAll(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + " " + actual + " messages, not " + expected);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
