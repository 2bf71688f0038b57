package dev.rapport.plugin.service.testing;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.Translations;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.CustomerEditor;
import dev.rapport.sdk.event.DomainEventPublisher;
import dev.rapport.sdk.interaction.InteractionLog;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.StaffDirectory;
import dev.rapport.sdk.segment.Segments;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.Jobs;
import java.util.Optional;
import dev.rapport.sdk.task.Tasks;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin context for the plugin's own tests: the plugin's tables in the shared embedded MariaDB, the kernel's
 * services faked ({@link FakeCustomers}, {@link FakeKernel}), a clock the test may set.
 */
public final class TestContext implements PluginContext {

    public final FakeCustomers customers = new FakeCustomers();
    public final FakeKernel kernel = new FakeKernel();
    public final FakeSegments segments = new FakeSegments(customers);
    private final Map<Class<?>, Object> provided = new ConcurrentHashMap<>();
    private final Security security = kernel.security();
    private final StaffDirectory staff = kernel.staff();
    private final InteractionLog interactions = kernel.interactionLog();
    private final Tasks tasks = kernel.taskList();
    private final DomainEventPublisher events = kernel.publisher();
    private final PluginSettings settings = kernel.settings();
    /** The one clock the plugin's services read: tests move it. */
    /** Whether the plugin runs as on a demo installation's first start. */
    public boolean demo;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    /** The service plugin converts no money: a converter without any rate, as on an installation where none was entered. */
    private final CurrencyConverter money = new CurrencyConverter() {
        @Override
        public Conversion convert(BigDecimal amount, String currency, String targetCurrency, LocalDate date) {
            return currency.equals(targetCurrency) ? new Conversion.Converted(new Money(amount, targetCurrency),
                    BigDecimal.ONE, date) : new Conversion.MissingRate(currency, targetCurrency, date);
        }

        @Override
        public String reportingCurrency() {
            return "EUR";
        }
    };

    public void setClock(Instant now) {
        clock.set(now);
    }

    @Override
    public String pluginId() {
        return "service";
    }

    @Override
    public CustomerDirectory customers() {
        return customers;
    }

    @Override
    public InteractionLog interactions() {
        return interactions;
    }

    @Override
    public Tasks tasks() {
        return tasks;
    }

    @Override
    public DomainEventPublisher events() {
        return events;
    }

    @Override
    public DSLContext dsl() {
        return PluginDatabase.dsl();
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Translations i18n() {
        return FakeKernel.translations();
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin.service");
    }

    @Override
    public Security security() {
        return security;
    }

    @Override
    public CustomerEditor customerEditor() {
        return customers;
    }

    @Override
    public StaffDirectory staff() {
        return staff;
    }

    @Override
    public dev.rapport.sdk.history.CustomerHistory history() {
        throw new UnsupportedOperationException("The service plugin does not read the customers' history");
    }

    @Override
    public dev.rapport.sdk.customer.CustomerViews customerViews() {
        // No 360° view is ever open in the plugin's own tests.
        return customerId -> { };
    }

    @Override
    public Segments segments() {
        return segments;
    }

    @Override
    public Jobs jobs() {
        // Jobs are started by the kernel; the tests run the job directly.
        return new Jobs() {
            @Override
            public long start(String jobId) {
                throw new IllegalArgumentException("The plugin has no job " + jobId);
            }

            @Override
            public Optional<JobRunInfo> status(long runId) {
                return Optional.empty();
            }

            @Override
            public Optional<JobRunInfo> latest(String jobId) {
                return Optional.empty();
            }

            @Override
            public boolean cancel(long runId) {
                return false;
            }
        };
    }

    @Override
    public dev.rapport.sdk.chart.Charts charts() {
        throw new UnsupportedOperationException("The service plugin draws no chart in these tests");
    }

    @Override
    public boolean demoData() {
        return demo;
    }

    @Override
    public CurrencyConverter money() {
        return money;
    }

    @Override
    public <T> void provide(Class<T> type, T service) {
        provided.put(type, service);
    }

    public <T> T provided(Class<T> type) {
        return type.cast(provided.get(type));
    }
}
