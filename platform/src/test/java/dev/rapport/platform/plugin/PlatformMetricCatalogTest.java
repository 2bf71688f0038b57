package dev.rapport.platform.plugin;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.figures.KernelMetrics;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.extension.MetricCatalog;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The metric catalogue plugins read: the kernel's metrics for every department, a plugin's metric only for the
 * departments that use the plugin and only while it runs, a failing one unavailable; never zero in their place.
 */
class PlatformMetricCatalogTest {

    private static final ReportingPeriod JUNE = new ReportingPeriod(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1));

    private final Kernel kernel = new Kernel(new TestClock(Instant.parse("2022-07-05T10:00:00Z")));
    private final Actor administrator = kernel.newActor();
    private final Department team = kernel.departments.create(unique("cat"), "Catalogue team", administrator);
    private final Department other = kernel.departments.create(unique("cat"), "Other team", administrator);
    private final PluginHealth health = new PluginHealth();
    private final MetricRegistry registry = new MetricRegistry(health);
    private final ModuleAccess modules = new ModuleAccess(kernel.dsl, kernel.audit);
    private final KernelMetrics kernelMetrics = new KernelMetrics(kernel.dsl, kernel.exchangeRates.converter());
    private final MetricCatalog catalog = new PlatformMetricCatalog(kernelMetrics::metrics, registry, modules, health);

    @Test
    void aPluginsMetricIsAvailableOnlyToTheDepartmentsUsingItWhileThePluginRuns() {
        String pluginId = unique("metrics-");
        registry.add(pluginId, metric("won", 7));
        modules.setDepartments(pluginId, Set.of(team.id()), administrator);

        assertThat(catalog.metric(pluginId + "/won")).map(CatalogMetric::source).contains(pluginId);
        assertThat(catalog.metrics()).extracting(CatalogMetric::id).startsWith("kernel/customers")
                .contains(pluginId + "/won");
        assertThat(catalog.read(pluginId + "/won", Optional.of(team), JUNE))
                .isEqualTo(MetricReading.value(BigDecimal.valueOf(7)));
        assertThat(catalog.read(pluginId + "/won", Optional.of(other), JUNE).status())
                .as("a department that does not use the plugin").isEqualTo(MetricReading.Status.UNAVAILABLE);
        assertThat(catalog.read(pluginId + "/won", Optional.empty(), JUNE).value()).as("the whole company")
                .contains(BigDecimal.valueOf(7));
        assertThat(catalog.read("kernel/customers", Optional.of(other), JUNE).value()).as("the kernel's, for anyone")
                .contains(BigDecimal.ZERO);

        registry.removeOwnedBy(pluginId);
        assertThat(catalog.metric(pluginId + "/won")).isEmpty();
        assertThat(catalog.read(pluginId + "/won", Optional.of(team), JUNE).isUnavailable())
                .as("its plugin stopped or disabled").isTrue();
        assertThat(catalog.read("nobody/nothing", Optional.of(team), JUNE).isUnavailable()).isTrue();
        assertThat(catalog.read("no-slash", Optional.of(team), JUNE).isUnavailable()).isTrue();
    }

    @Test
    void aFailingMetricIsUnavailableAndCountedAgainstItsPlugin() {
        String pluginId = unique("broken-");
        registry.add(pluginId, new Fixed("broken", null));
        assertThat(catalog.read(pluginId + "/broken", Optional.empty(), JUNE).isUnavailable()).isTrue();
        assertThat(catalog.records(pluginId + "/broken", Optional.empty(), JUNE, 10)).isEmpty();
        assertThat(health.of(pluginId)).map(PluginHealth.Failures::count).contains(1L);
    }

    private static ScorecardMetric metric(String id, long value) {
        return new Fixed(id, BigDecimal.valueOf(value));
    }

    /** A metric with a fixed value, or one that throws when the value is null. */
    private record Fixed(String id, BigDecimal value) implements ScorecardMetric {
        @Override
        public String labelKey() {
            return id;
        }

        @Override
        public String unit() {
            return "count";
        }

        @Override
        public MetricDirection direction() {
            return MetricDirection.HIGHER_IS_BETTER;
        }

        @Override
        public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
            if (value == null) {
                throw new IllegalStateException("no data");
            }
            return Optional.of(value);
        }
    }
}
