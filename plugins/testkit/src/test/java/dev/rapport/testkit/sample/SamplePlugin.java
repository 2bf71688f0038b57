package dev.rapport.testkit.sample;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pf4j.Extension;

/** The smallest plugin with a listener and two jobs, for the kit's own tests; what it saw is kept in static lists. */
public final class SamplePlugin extends RapportPlugin {

    /** The ids of the customers whose creation the listener handled. */
    public static final List<Long> CREATED = new CopyOnWriteArrayList<>();
    /** Who acted in each run of the job that succeeds. */
    public static final List<String> RUNS = new CopyOnWriteArrayList<>();

    public SamplePlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        context().provide(Greeting.class, new Greeting("Hello from " + context().pluginId()));
    }

    /** What the plugin provides to its views and extensions. */
    public record Greeting(String text) {
    }

    /** Remembers created customers, after a pause, so a test that does not wait would miss them. */
    @Extension
    public static final class CreationListener implements DomainEventListener {

        @Override
        public boolean accepts(Class<? extends DomainEvent> type) {
            return type == CustomerCreated.class;
        }

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) throws InterruptedException {
            Thread.sleep(200);
            CREATED.add(((CustomerCreated) event).customerId());
        }
    }

    /** Reads other plugins' events by the type names in {@link #TYPES}, which a test changes while it runs. */
    @Extension
    public static final class NamedEventReader implements EventTypeListener {

        /** The types wanted; a test tells the platform with {@code events().typesChanged} after changing them. */
        public static volatile Set<String> TYPES = Set.of();
        /** The texts of the events read. */
        public static final List<String> READ = new CopyOnWriteArrayList<>();

        @Override
        public Set<String> eventTypes() {
            return TYPES;
        }

        @Override
        public void onEvent(EventPayload event, EventMetadata metadata) {
            READ.add(event.text("text").orElse(event.type()));
        }
    }

    /** A job that records who it ran as. */
    @Extension
    public static final class CountingJob implements BackgroundJob {

        private final PluginContext context;

        public CountingJob(PluginContext context) {
            this.context = context;
        }

        @Override
        public String id() {
            return "count";
        }

        @Override
        public String labelKey() {
            return "testkit-sample.count";
        }

        @Override
        public JobSchedule schedule() {
            return JobSchedule.onDemand();
        }

        @Override
        public void run(JobRun run) {
            RUNS.add(context.security().currentUser().map(user -> user.displayName()).orElse("plugin"));
        }
    }

    /** A job that always fails. */
    @Extension
    public static final class FailingJob implements BackgroundJob {

        @Override
        public String id() {
            return "fail";
        }

        @Override
        public String labelKey() {
            return "testkit-sample.fail";
        }

        @Override
        public JobSchedule schedule() {
            return JobSchedule.onDemand();
        }

        @Override
        public void run(JobRun run) {
            throw new IllegalStateException("out of coffee");
        }
    }
}
