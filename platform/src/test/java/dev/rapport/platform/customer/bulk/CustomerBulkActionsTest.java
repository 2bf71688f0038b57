package dev.rapport.platform.customer.bulk;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_FACET;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerRemoval;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerBulkActionsTest {

    private final Kernel kernel = new Kernel();
    private final CustomerRemoval removal = new CustomerRemoval(kernel.dsl, kernel.customers, kernel.outbox, kernel.audit);
    private final CustomerBulkActions actions = new CustomerBulkActions(kernel.dsl, kernel.customers, removal, kernel.audit);
    private final JobScheduler jobs = new JobScheduler(kernel.dsl, kernel.clock, ZoneOffset.UTC, "node-a", new PluginHealth());
    private final String tag = unique("bulk");
    private final Actor admin = kernel.newActor();

    @AfterEach
    void stop() {
        jobs.close();
    }

    @Test
    void assignsTheOwnerToEveryCustomerItMayChangeAndNamesTheOneItRefused() {
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        Actor colleague = kernel.newActor(Role.AGENT, "sales");
        Customer free = store("Free", null);
        Customer ownByAgent = store("Own", agent.userId());
        Customer ofColleague = store("Other", colleague.userId());

        BulkOutcome outcome = actions.apply(new CustomerSelection.Chosen(List.of(free.id(), ownByAgent.id(),
                ofColleague.id())), new BulkChange.AssignOwner(agent.userId()), agent, BulkProgress.NONE);

        assertThat(outcome.changed()).isEqualTo(1);
        assertThat(outcome.unchanged()).isEqualTo(1);
        assertThat(outcome.refused()).containsExactly(new BulkOutcome.Refusal(ofColleague.id(), ofColleague.displayName(),
                BulkOutcome.Reason.NOT_ALLOWED));
        assertThat(kernel.customers.get(free.id()).details().ownerId()).isEqualTo(agent.userId());
        assertThat(kernel.customers.get(ofColleague.id()).details().ownerId()).isEqualTo(colleague.userId());
        assertThat(kernel.customers.get(ofColleague.id()).version()).isEqualTo(ofColleague.version());
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("CUSTOMERS_BULK_CHANGED")
                .and(AUDIT_ENTRY.ACTOR_ID.eq(agent.userId()))
                .and(AUDIT_ENTRY.DETAILS.eq("assign owner " + agent.userId() + ": 1 changed, 1 unchanged, 1 refused"))))
                .isTrue();
    }

    @Test
    void changesTagsAndStageOfEveryCustomerTheFilterMatches() {
        List<Customer> stored = IntStream.range(0, 5).mapToObj(i -> store("Tagged" + i, null)).toList();
        CustomerSelection matching = new CustomerSelection.Matching(CustomerFilter.ALL.withTag(tag));

        actions.apply(matching, new BulkChange.AddTag("gold"), admin, BulkProgress.NONE);
        actions.apply(matching, new BulkChange.ChangeStage(LifecycleStage.FORMER_CUSTOMER), admin, BulkProgress.NONE);
        BulkOutcome removed = actions.apply(matching, new BulkChange.RemoveTag(tag), admin, BulkProgress.NONE);

        assertThat(removed.changed()).isEqualTo(5);
        assertThat(kernel.customers.records(stored.stream().map(Customer::id).toList())).allSatisfy(customer -> {
            assertThat(customer.details().tags()).containsExactly("gold");
            assertThat(customer.details().stage()).isEqualTo(LifecycleStage.FORMER_CUSTOMER);
        });
    }

    @Test
    void countsExactlyUpToTheBoundThenSaysAtLeast() {
        IntStream.range(0, 4).forEach(i -> store("Counted" + i, null));
        CustomerFilter filter = CustomerFilter.ALL.withTag(tag);

        assertThat(kernel.customers.count(filter, 4)).isEqualTo(new CustomerService.CappedCount(4, false));
        assertThat(kernel.customers.count(filter, 3)).isEqualTo(new CustomerService.CappedCount(3, true));
        assertThat(kernel.customers.count(CustomerFilter.ALL.withTag(unique("none")), 3))
                .isEqualTo(new CustomerService.CappedCount(0, false));
    }

    @Test
    void deletingACustomerDeletesTheirKernelDataAndPublishesCustomerDeleted() {
        Customer doomed = kernel.customers.create(Kernel.organisation(unique("Doomed Ltd")), admin);
        Customer kept = store("Kept", null);
        var contact = kernel.customers.addContact(doomed.id(), new ContactPersonDraft("Ann", "Lee", null, null, null), admin);
        var logged = kernel.interactions.log(new InteractionDraft(doomed.id(), contact.id(), Channel.PHONE,
                Direction.OUTBOUND, "Call", null, Outcome.COMPLETED, Instant.now(), "kernel"), admin);
        kernel.interactions.correct(logged.id(), new InteractionDraft(doomed.id(), contact.id(), Channel.PHONE,
                Direction.OUTBOUND, "Call (corrected)", null, Outcome.COMPLETED, Instant.now(), "kernel"), admin);
        kernel.transactions.record(new TransactionDraft(doomed.id(), TransactionKind.PURCHASE, new BigDecimal("10.00"),
                "EUR", null, Instant.now(), "test", null), admin);
        kernel.tasks.create(new NewTask("Follow up", null, doomed.id(), null, null, admin.userId(), null), "kernel", admin);
        kernel.segments.setFacets("test", "test.band", Map.of(doomed.id(), "high", kept.id(), "low"));

        BulkOutcome outcome = actions.apply(new CustomerSelection.Chosen(List.of(doomed.id())), new BulkChange.Delete(),
                admin, BulkProgress.NONE);

        assertThat(outcome.changed()).isEqualTo(1);
        assertThat(kernel.customers.find(doomed.id())).isEmpty();
        assertThat(kernel.dsl.fetchCount(INTERACTION, INTERACTION.CUSTOMER_ID.eq(doomed.id()))).isZero();
        assertThat(kernel.dsl.fetchCount(CUSTOMER_TRANSACTION, CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(doomed.id()))).isZero();
        assertThat(kernel.dsl.fetchCount(TASK, TASK.CUSTOMER_ID.eq(doomed.id()))).isZero();
        assertThat(kernel.dsl.fetchCount(CUSTOMER_CONTACT, CUSTOMER_CONTACT.CUSTOMER_ID.eq(doomed.id()))).isZero();
        assertThat(kernel.dsl.fetchCount(CUSTOMER_FACET, CUSTOMER_FACET.CUSTOMER_ID.in(doomed.id(), kept.id()))).isEqualTo(1);
        assertThat(kernel.dsl.fetchExists(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID.eq(doomed.id())
                .and(DOMAIN_EVENT.EVENT_TYPE.eq("kernel:dev.rapport.sdk.event.CustomerDeleted")))).isTrue();
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("CUSTOMER_DELETED")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(doomed.id()))))).isTrue();
    }

    @Test
    void agentsMayNotDeleteAndADeletionRefusedLeavesTheCustomerWhole() {
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        Customer own = store("Mine", agent.userId());

        BulkOutcome outcome = actions.apply(new CustomerSelection.Chosen(List.of(own.id())), new BulkChange.Delete(),
                agent, BulkProgress.NONE);

        assertThat(outcome.refused()).extracting(BulkOutcome.Refusal::reason).containsExactly(BulkOutcome.Reason.NOT_ALLOWED);
        assertThat(kernel.customers.find(own.id())).isPresent();
        assertThatThrownBy(() -> removal.delete(own.id(), agent)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLargeSelectionRunsInTheBackgroundWithProgressAndItsOutcome() throws InterruptedException {
        List<Customer> stored = IntStream.range(0, 4).mapToObj(i -> store("Background" + i, null)).toList();
        CustomerBulkRuns runs = new CustomerBulkRuns(actions, jobs, 2);

        CustomerBulkRuns.Started started = runs.start(new CustomerSelection.Matching(CustomerFilter.ALL.withTag(tag)),
                new BulkChange.ChangeStage(LifecycleStage.PROSPECT), admin);

        long runId = ((CustomerBulkRuns.InBackground) started).runId();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (runs.run(runId).map(JobRunInfo::state).filter(JobState::isFinished).isEmpty()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        JobRunInfo run = runs.run(runId).orElseThrow();
        assertThat(run.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(run.done()).isEqualTo(4);
        assertThat(run.total()).isEqualTo(4);
        assertThat(runs.takeOutcome(runId)).hasValueSatisfying(outcome -> assertThat(outcome.changed()).isEqualTo(4));
        assertThat(kernel.customers.records(stored.stream().map(Customer::id).toList()))
                .allSatisfy(customer -> assertThat(customer.details().stage()).isEqualTo(LifecycleStage.PROSPECT));
        assertThat(runs.start(new CustomerSelection.Chosen(List.of(stored.getFirst().id())),
                new BulkChange.AddTag("x"), admin)).isInstanceOf(CustomerBulkRuns.Finished.class);
    }

    @Test
    void aCancelledRunStopsBetweenCustomersAndChangesEachOneWhole() {
        List<Customer> stored = IntStream.range(0, 3).mapToObj(i -> store("Cancelled" + i, null)).toList();
        BulkProgress cancelAfterFirst = new BulkProgress() {
            private long done;

            @Override
            public void progress(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };

        BulkOutcome outcome = actions.apply(new CustomerSelection.Chosen(stored.stream().map(Customer::id).toList()),
                new BulkChange.AddTag("late"), admin, cancelAfterFirst);

        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.changed()).isEqualTo(1);
        assertThat(kernel.customers.records(stored.stream().map(Customer::id).toList()))
                .filteredOn(customer -> customer.details().tags().contains("late")).hasSize(1);
    }

    private Customer store(String firstName, Long ownerId) {
        CustomerDraft person = Kernel.person(firstName, unique("Bulk"));
        return kernel.customers.create(new CustomerDraft(person.kind(), firstName, person.lastName(), null,
                LifecycleStage.CUSTOMER, ownerId, person.preferredLanguage(), person.currency(), person.timeZone(),
                person.marketingConsent(), person.emails(), List.of(), person.addresses(), Set.of(tag), null), admin);
    }
}
