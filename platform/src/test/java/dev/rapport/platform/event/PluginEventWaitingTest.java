package dev.rapport.platform.event;

import dev.rapport.platform.persistence.LeaseStore;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import org.jooq.impl.DSL;
import static dev.rapport.platform.event.RecordingListener.waitFor;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.event.ParkedDelivery.Reason;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.extension.EventTypeListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An event of a plugin that is not running waits for it, holding only its own customer's later events; a listener
 * that reads events by type name does not wait, and its types may change while it runs.
 */
class PluginEventWaitingTest {

    /** An event of the pretend plugin {@code greeter}. */
    record Greeted(Long customerId, String text) implements PluginEvent {
    }

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();
    private final AtomicBoolean greeterRuns = new AtomicBoolean(true);
    private final String greeter = unique("greeter");
    private EventDispatcher dispatcher;

    @AfterEach
    void stopDispatcher() {
        dispatcher.close();
    }

    private void startDispatcher() throws InterruptedException {
        EventTypes types = new EventTypes();
        types.pluginClassLoaders(pluginId -> pluginId.equals(greeter) && greeterRuns.get()
                ? Optional.of(Greeted.class.getClassLoader()) : Optional.empty());
        var database = TestDatabase.get();
        dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock), 
                new Leadership(Kernel.unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), types, kernel.outbox, kernel.clock,
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)), (owner, what, error) -> { },
                kernel.audit);
        database.afterCommit(dispatcher::wake);
        dispatcher.start();
        waitFor("leadership", dispatcher::isLeading);
    }

    /** Records the events it receives by type name; fails on the texts in {@link #refuse}. */
    private static final class TypeRecorder implements EventTypeListener {
        volatile Set<String> types;
        final AtomicInteger asked = new AtomicInteger();
        final List<EventPayload> received = new CopyOnWriteArrayList<>();
        final List<String> metadataTypes = new CopyOnWriteArrayList<>();
        volatile String refuse = "";

        TypeRecorder(Set<String> types) {
            this.types = types;
        }

        @Override
        public Set<String> eventTypes() {
            asked.incrementAndGet();
            return types;
        }

        @Override
        public void onEvent(EventPayload event, EventMetadata metadata) {
            if (event.text("text").filter(refuse::equals).isPresent()) {
                throw new IllegalStateException("refused " + refuse);
            }
            received.add(event);
            metadataTypes.add(metadata.type());
        }

        List<EventPayload> of(long customerId) {
            return received.stream().filter(event -> event.customerId().orElse(-1L) == customerId).toList();
        }
    }

    @Test
    void aListenerByTypeNameReadsTheFieldsOfAStoppedPluginsEventsInOrderAndSkipsTheOthers() throws Exception {
        startDispatcher();
        TypeRecorder byName = new TypeRecorder(Set.of(greeter + ".Greeted", "kernel.CustomerUpdated"));
        String listenerId = unique("test:by-name-");
        dispatcher.register(listenerId, "test", byName);
        Customer greeted = kernel.customers.create(person("Gia", unique("Greeted")), admin);
        greeterRuns.set(false);
        greet(greeted, "hello while the plugin is away");
        touch(greeted);
        waitFor("the greeting and the update", () -> byName.of(greeted.id()).size() == 2);
        assertThat(byName.of(greeted.id())).extracting(EventPayload::type)
                .containsExactly(greeter + ".Greeted", "kernel.CustomerUpdated");
        EventPayload greeting = byName.of(greeted.id()).getFirst();
        assertThat(greeting.text("text")).contains("hello while the plugin is away");
        assertThat(greeting.customerId()).contains(greeted.id());
        assertThatThrownBy(() -> greeting.decimal("text")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'text'");
        assertThat(byName.metadataTypes).startsWith(greeter + ".Greeted");

        byName.refuse = "held";
        greet(greeted, "held");
        touch(greeted);
        waitFor("the refused greeting parked with the update behind it", () -> parkedFor(listenerId).size() == 2);
        assertThat(parkedFor(listenerId)).extracting(ParkedDelivery::reason).containsExactly(Reason.FAILED, Reason.BEHIND);
        assertThat(EventTypes.publicName(parkedFor(listenerId).getFirst().eventType())).isEqualTo(greeter + ".Greeted");
    }

    @Test
    void anotherPluginsListenerGoesOnWithoutTheEventsOfAStoppedPlugin() throws Exception {
        startDispatcher();
        String listenerId = unique("other-plugin:listener-");
        RecordingListener otherPlugins = new RecordingListener();
        dispatcher.register(listenerId, "other-plugin", otherPlugins);
        Customer greeted = kernel.customers.create(person("Gwen", unique("Greeted")), admin);
        greeterRuns.set(false);
        greet(greeted, "hello while the plugin is away");
        touch(greeted);
        waitFor("the update after the greeting", () -> otherPlugins.of(CustomerUpdated.class, greeted.id()).size() == 1);
        assertThat(otherPlugins.of(DomainEvent.class, greeted.id())).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("CustomerCreated", "CustomerUpdated");
        assertThat(parkedFor(listenerId)).isEmpty();
    }

    @Test
    void aListenerNamingAMalformedTypeIsRefused() throws Exception {
        startDispatcher();
        assertThatThrownBy(() -> dispatcher.register(unique("test:bad-"), "test", new TypeRecorder(Set.of("Greeted"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<source>.<EventName>");
    }

    @Test
    void aTypeListenersTypesChangeAtRunTimeFromItsPositionOnAndAMalformedChangeKeepsTheFormerTypes() throws Exception {
        startDispatcher();
        TypeRecorder byName = new TypeRecorder(Set.of("kernel.CustomerUpdated"));
        String listenerId = unique("test:changing-");
        dispatcher.register(listenerId, "test", byName);
        Customer greeted = kernel.customers.create(person("Gert", unique("Greeted")), admin);
        greet(greeted, "before the change");
        touch(greeted);
        waitFor("the first update", () -> byName.of(greeted.id()).size() == 1);
        assertThat(byName.asked).as("asked once when registered, not again when its worker started").hasValue(1);

        byName.types = Set.of("kernel.CustomerUpdated", greeter + ".Greeted");
        dispatcher.typesChanged(listenerId);
        greet(greeted, "after the change");
        touch(greeted);
        waitFor("the greeting after the change and the update", () -> byName.of(greeted.id()).size() == 3);
        assertThat(byName.of(greeted.id())).extracting(event -> event.text("text").orElse(event.type()))
                .containsExactly("kernel.CustomerUpdated", "after the change", "kernel.CustomerUpdated");

        byName.types = Set.of("Greeted");
        assertThatThrownBy(() -> dispatcher.typesChanged(listenerId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<source>.<EventName>");
        greet(greeted, "still wanted");
        waitFor("the greeting by the former types", () -> byName.of(greeted.id()).size() == 4);

        byName.types = Set.of();
        dispatcher.typesChanged(listenerId);
        greet(greeted, "no longer wanted");
        touch(greeted);
        long newest = kernel.dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1();
        waitFor("the position past the newest event", () -> dispatcher.deliveredUpTo(newest));
        assertThat(byName.of(greeted.id())).as("the empty set reads nothing, not even the update").hasSize(4);
        dispatcher.typesChanged(unique("test:unknown-"));
    }

    private void greet(Customer customer, String text) {
        kernel.outbox.append(kernel.dsl, new Greeted(customer.id(), text), greeter);
    }

    private void touch(Customer customer) {
        kernel.outbox.append(kernel.dsl, new CustomerUpdated(customer.id(), Set.of("notes"), customer.details().stage(),
                customer.details().ownerId()), EventTypes.KERNEL);
    }

    private List<ParkedDelivery> parkedFor(String listenerId) {
        return dispatcher.parked(500).stream().filter(p -> p.listenerId().equals(listenerId)).toList();
    }

    @Test
    void anEventWaitsForItsPluginAndIsDeliveredInOrderWhenThePluginRunsAgain() throws Exception {
        startDispatcher();
        String listenerId = unique("test:greetings-");
        RecordingListener listener = new RecordingListener();
        dispatcher.register(listenerId, greeter, listener);
        Customer greeted = kernel.customers.create(person("Gus", unique("Greeted")), admin);
        Customer other = kernel.customers.create(person("Olga", unique("Other")), admin);
        waitFor("the creations", () -> listener.of(CustomerCreated.class, other.id()).size() == 1);

        greeterRuns.set(false);
        greet(greeted, "hello while the plugin is away");
        touch(greeted);
        touch(other);

        waitFor("the other customer's event", () -> listener.of(CustomerUpdated.class, other.id()).size() == 1);
        waitFor("both of the greeted customer's events parked", () -> parkedFor(listenerId).size() == 2);
        assertThat(parkedFor(listenerId)).extracting(ParkedDelivery::reason)
                .containsExactly(Reason.WAITING_FOR_PLUGIN, Reason.BEHIND);
        assertThat(parkedFor(listenerId).getFirst().waitingFor()).isEqualTo(greeter);
        assertThat(listener.of(DomainEvent.class, greeted.id())).hasSize(1);

        greeterRuns.set(true);
        waitFor("the greeting and the event behind it", () -> listener.of(DomainEvent.class, greeted.id()).size() == 3);
        assertThat(listener.of(DomainEvent.class, greeted.id())).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("CustomerCreated", "Greeted", "CustomerUpdated");
        // The parked rows go in the transaction after the listener has handled them.
        waitFor("the parked deliveries gone", () -> parkedFor(listenerId).isEmpty());
        touch(greeted);
        waitFor("a later event delivered directly", () -> listener.of(CustomerUpdated.class, greeted.id()).size() == 2);
    }

    @Test
    void eventsWaitingForAPluginSurviveARestartOfTheDispatcher() throws Exception {
        startDispatcher();
        String listenerId = unique("test:greetings-restart-");
        RecordingListener before = new RecordingListener();
        dispatcher.register(listenerId, greeter, before);
        Customer greeted = kernel.customers.create(person("Gil", unique("Greeted")), admin);
        waitFor("the creation", () -> before.of(CustomerCreated.class, greeted.id()).size() == 1);
        greeterRuns.set(false);
        greet(greeted, "hello before the restart");
        waitFor("the greeting parked", () -> parkedFor(listenerId).size() == 1);
        dispatcher.close();

        startDispatcher();
        RecordingListener after = new RecordingListener();
        dispatcher.register(listenerId, greeter, after);
        greeterRuns.set(true);
        waitFor("the greeting after the restart", () -> after.of(Greeted.class, greeted.id()).size() == 1);
        assertThat(parkedFor(listenerId)).isEmpty();
    }

    @Test
    void aListenerThatDoesNotWantTheWaitingEventDropsItWhenItsPluginRunsAgain() throws Exception {
        startDispatcher();
        String listenerId = unique("test:no-greetings-");
        RecordingListener kernelOnly = new RecordingListener() {
            @Override
            public boolean accepts(Class<? extends DomainEvent> type) {
                return !PluginEvent.class.isAssignableFrom(type);
            }
        };
        dispatcher.register(listenerId, greeter, kernelOnly);
        Customer greeted = kernel.customers.create(person("Gia", unique("Greeted")), admin);
        waitFor("the creation", () -> kernelOnly.of(CustomerCreated.class, greeted.id()).size() == 1);
        greeterRuns.set(false);
        greet(greeted, "not wanted");
        touch(greeted);
        waitFor("parked", () -> parkedFor(listenerId).size() == 2);

        greeterRuns.set(true);
        waitFor("the update", () -> kernelOnly.of(CustomerUpdated.class, greeted.id()).size() == 1);
        assertThat(kernelOnly.of(Greeted.class, greeted.id())).isEmpty();
        assertThat(parkedFor(listenerId)).isEmpty();
    }
}
