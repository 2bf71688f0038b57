package dev.rapport.testkit;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.persistence.Database;
import dev.rapport.sdk.customer.NewAddress;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.task.TaskInfo;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What the kernel recorded since the current test began, read from the kernel itself: the events it delivered, the
 * customers, tasks and interactions it stored, its audit entries. Lists are in the order they were recorded. Reading
 * events first waits until every listener has handled what was published so far.
 *
 * <p>"Since the test began" holds because tests of one JVM run one after another; a test that starts threads of its
 * own must let them finish before it reads.
 *
 * @since 1.3.0
 */
public final class Recorded {

    /** An event as the kernel delivered it, with its metadata. */
    public record Event(DomainEvent event, EventMetadata metadata) {
    }

    /** One line of the kernel's audit log: who (as named then) did what to which subject. */
    public record AuditRecord(String actorName, String action, String subjectType, String subjectId, String details) {
    }

    private final Supplier<RunningKernel> kernel;
    private long lastEventBefore;
    private long lastCustomerBefore;
    private long lastTaskBefore;
    private long lastInteractionBefore;
    private long lastAuditBefore;

    Recorded(Supplier<RunningKernel> kernel) {
        this.kernel = kernel;
    }

    void markStart() {
        lastEventBefore = newest(DOMAIN_EVENT, DOMAIN_EVENT.ID);
        lastCustomerBefore = newest(CUSTOMER, CUSTOMER.ID);
        lastTaskBefore = newest(TASK, TASK.ID);
        lastInteractionBefore = newest(INTERACTION, INTERACTION.ID);
        lastAuditBefore = newest(AUDIT_ENTRY, AUDIT_ENTRY.ID);
    }

    /** The events of {@code type} committed during this test (the kernel's and every plugin's), once each. */
    public <E extends DomainEvent> List<E> events(Class<E> type) {
        return eventsWithMetadata().stream().map(Event::event).filter(type::isInstance).map(type::cast).toList();
    }

    /** Every event committed during this test with its metadata (sequence, type, source), in order, once each. */
    public List<Event> eventsWithMetadata() {
        awaitDelivery(Duration.ofSeconds(30));
        Map<Long, Event> bySequence = new TreeMap<>();
        kernel.get().delivered.stream().filter(delivered -> delivered.metadata().sequence() > lastEventBefore)
                .forEach(delivered -> bySequence.putIfAbsent(delivered.metadata().sequence(), delivered));
        return List.copyOf(bySequence.values());
    }

    /** The customers created during this test, as the SDK shows them now. */
    public List<CustomerInfo> customers() {
        return ids(CUSTOMER, CUSTOMER.ID, lastCustomerBefore).stream()
                .flatMap(id -> kernel.get().context().customers().find(id).stream()).toList();
    }

    /** The customer {@code customerId} as the kernel stores it (whenever it was created). */
    public StoredCustomer customer(long customerId) {
        RunningKernel running = kernel.get();
        CustomerDraft details = running.services().require(CustomerService.class).get(customerId).details();
        return new StoredCustomer(running.context().customers().find(customerId).orElseThrow(),
                details.emails().stream().map(EmailAddress::address).toList(),
                details.phones().stream().map(PhoneNumber::number).toList(),
                details.addresses().stream().map(address -> new NewAddress(address.street(), address.postalCode(),
                        address.city(), address.region(), address.countryCode())).toList(),
                details.notes(), running.context().customers().contacts(customerId));
    }

    /** The tasks created during this test, as the SDK shows them now. */
    public List<TaskInfo> tasks() {
        return ids(TASK, TASK.ID, lastTaskBefore).stream()
                .flatMap(id -> kernel.get().context().tasks().find(id).stream()).toList();
    }

    /** The interactions logged during this test, with whom they name as recorder. */
    public List<InteractionInfo> interactions() {
        DSLContext dsl = dsl();
        List<Long> customers = dsl.selectDistinct(INTERACTION.CUSTOMER_ID).from(INTERACTION)
                .where(INTERACTION.ID.gt(lastInteractionBefore)).fetch(INTERACTION.CUSTOMER_ID);
        return customers.stream().flatMap(customer -> kernel.get().context().interactions().recent(customer, 1000).stream())
                .filter(interaction -> interaction.id() > lastInteractionBefore)
                .sorted(Comparator.comparingLong(InteractionInfo::id)).toList();
    }

    /** The audit entries written during this test. */
    public List<AuditRecord> auditEntries() {
        return dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt(lastAuditBefore)).orderBy(AUDIT_ENTRY.ID)
                .fetch(row -> new AuditRecord(row.getActorName(), row.getAction(), row.getSubjectType(),
                        row.getSubjectId(), row.getDetails()));
    }

    void awaitDelivery(Duration patience) {
        RunningKernel running = kernel.get();
        long newest = newest(DOMAIN_EVENT, DOMAIN_EVENT.ID);
        long deadline = System.nanoTime() + patience.toNanos();
        running.dispatcher().wake();
        while (!running.dispatcher().deliveredUpTo(newest)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Events up to #" + newest + " were not delivered to every listener within "
                        + patience.toSeconds() + " s");
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the kernel", e);
        }
    }

    private DSLContext dsl() {
        return kernel.get().services().require(Database.class).dsl();
    }

    private long newest(Table<?> table, Field<Long> id) {
        Long newest = dsl().select(DSL.max(id)).from(table).fetchOne().value1();
        return newest == null ? 0 : newest;
    }

    private List<Long> ids(Table<?> table, Field<Long> id, long after) {
        return dsl().select(id).from(table).where(id.gt(after)).orderBy(id).fetch(id);
    }
}
