package dev.rapport.platform.event.ui;

import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.persistence.LeaseStore;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.OutboxPruner;
import dev.rapport.platform.event.ParkedDelivery;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ParkedEventsViewTest {

    private final Kernel kernel = new Kernel();
    private final EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock), 
                new Leadership(Kernel.unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), new EventTypes(), kernel.outbox, kernel.clock, new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
            (owner, what, error) -> { }, kernel.audit);
    // Kept no time at all: whatever a listener has not read past holds pruning back.
    private final OutboxPruner pruner = new OutboxPruner(kernel.dsl, kernel.clock, Duration.ZERO);
    private final String dormant = unique("dormant") + ":Listener";
    private boolean started;

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(EventDispatcher.class, dispatcher)
            .register(OutboxPruner.class, pruner));

    /** Refuses interactions while {@link #refusing}; records what it gets. */
    private static final class Listener implements DomainEventListener {
        final Set<Long> received = ConcurrentHashMap.newKeySet();
        volatile boolean refusing = true;

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) {
            if (refusing && event instanceof InteractionLogged) {
                throw new IllegalStateException("not now");
            }
            received.add(metadata.sequence());
        }
    }

    @AfterEach
    void stop() {
        if (started) {
            dispatcher.close();
        }
        kernel.dsl.deleteFrom(EVENT_SUBSCRIPTION).where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(dormant)).execute();
    }

    private long logCall(Customer customer) {
        kernel.interactions.log(new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "call", null,
                Outcome.COMPLETED, Instant.now(), "kernel"), ui.actor());
        return kernel.dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT)
                .where(DOMAIN_EVENT.CUSTOMER_ID.eq(customer.id())).fetchSingle().value1();
    }

    private List<ParkedDelivery> parked(String listenerId) {
        return dispatcher.parked(500).stream().filter(p -> p.listenerId().equals(listenerId)).toList();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void discardingAsksFirstSaysWhatItReleasesAndDeliversTheEventsThatWaitedBehind() throws Exception {
        String listenerId = unique("test:view-");
        Listener listener = new Listener();
        dispatcher.register(listenerId, "test", listener);
        TestDatabase.get().afterCommit(dispatcher::wake);
        dispatcher.start();
        started = true;
        waitFor("leadership", dispatcher::isLeading);
        Customer customer = kernel.customers.create(person("Vic", unique("View")), ui.actor());
        long failed = logCall(customer);
        waitFor("the failed event parked", () -> parked(listenerId).size() == 1);
        long behind = logCall(customer);
        waitFor("the next one parked behind it", () -> parked(listenerId).size() == 2);

        ui.open("admin/events");
        @SuppressWarnings("unchecked")
        Grid<ParkedDelivery> grid = _get(Grid.class, spec -> spec.withId("parked-events"));
        List<ParkedDelivery> rows = _fetch(grid, 0, _size(grid));
        int row = rows.indexOf(rows.stream().filter(p -> p.eventId() == failed && p.listenerId().equals(listenerId))
                .findFirst().orElseThrow());
        Component actions = _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("discard-event")));

        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("discard-dialog"));
        assertThat(getText(dialog)).contains("will never receive event " + failed)
                .contains("The 1 later events of customer #" + customer.id());
        assertThat(listener.received).doesNotContain(behind);
        listener.refusing = false;
        _fireConfirm(dialog);

        assertThat(listener.received).contains(behind).doesNotContain(failed);
        assertThat(parked(listenerId)).isEmpty();
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.EVENT_DISCARDED.name())
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(Long.toString(failed))))).isTrue();
    }

    @Test
    void showsTheOutboxSizeAndTheListenerThatHoldsPruningBack() {
        kernel.dsl.insertInto(EVENT_SUBSCRIPTION).set(EVENT_SUBSCRIPTION.LISTENER_ID, dormant)
                .set(EVENT_SUBSCRIPTION.POSITION, -1L).set(EVENT_SUBSCRIPTION.UPDATED_AT, kernel.clock.instant()).execute();
        kernel.customers.create(person("Olive", unique("Outbox")), ui.actor());

        ui.open("admin/events");

        assertThat(_get(Component.class, spec -> spec.withId("outbox-size")).getChildren()
                .map(child -> child.getElement().getText())).anyMatch(text -> text.startsWith("about "));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-held-back")).getText())
                .contains("held back by the listener " + dormant);
    }
}
