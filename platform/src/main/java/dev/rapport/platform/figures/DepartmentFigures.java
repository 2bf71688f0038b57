package dev.rapport.platform.figures;

import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * A department's figures in a period: the kernel's own (new customers, interactions, revenue per currency and
 * in total in the reporting currency, with what could not be converted, completed tasks) and the scorecard metrics of the plugins the department uses, each next to the period before.
 * Managers see the figures of their departments, administrators those of every department and of the whole
 * company; nobody else sees any.
 */
public final class DepartmentFigures {

    private final KernelFigures kernel;
    private final MetricRegistry metrics;
    private final ModuleAccess modules;
    private final DepartmentDirectory departments;

    public DepartmentFigures(DSLContext dsl, MetricRegistry metrics, ModuleAccess modules, DepartmentDirectory departments,
                             CurrencyConverter money) {
        this.kernel = new KernelFigures(dsl, money);
        this.metrics = metrics;
        this.modules = modules;
        this.departments = departments;
    }

    /** The departments whose figures {@code actor} may see, by name. */
    public List<Department> departmentsVisibleTo(Actor actor) {
        return departments.all().stream().filter(department -> Permissions.canSeeFigures(actor, department.id()))
                .toList();
    }

    /** The departments whose key figures {@code actor} sees on their home page: theirs, and those they manage. */
    public List<Department> keyFigureDepartmentsOf(Actor actor) {
        return departments.all().stream()
                .filter(department -> Permissions.canSeeKeyFigures(actor, department.id())).toList();
    }

    /** Whether {@code actor} may see the whole company's figures (administrators). */
    public boolean companyVisibleTo(Actor actor) {
        return Permissions.canSeeFigures(actor, null);
    }

    /**
     * The figures of {@code department} (empty: the whole company) in {@code period} and in {@code previous},
     * with the days' bounds taken in the periods' time zone. Kernel figures come first, then the plugins' metrics; a
     * plugin whose metric throws gives a failed figure, never an exception.
     *
     * @throws dev.rapport.sdk.error.AccessDeniedException if {@code actor} may not see these figures
     */
    public List<Figure> figures(Optional<Department> department, ReportingPeriod period, ReportingPeriod previous,
                                Actor actor) {
        Long departmentId = department.map(Department::id).orElse(null);
        Permissions.require(Permissions.canSeeFigures(actor, departmentId), actor,
                "see the figures of " + department.map(Department::name).orElse("the whole company"));
        List<Figure> figures = new ArrayList<>(kernelFigures(Optional.ofNullable(departmentId), period, previous));
        for (MetricRegistry.PluginMetric metric : metrics.metrics()) {
            if (departmentId == null || modules.departmentsOf(metric.pluginId()).contains(departmentId)) {
                MetricRegistry.Value now = metrics.compute(metric, department, period);
                MetricRegistry.Value before = now.failed() ? now : metrics.compute(metric, department, previous);
                figures.add(new Figure(metric.pluginId(), metric.metric().labelKey(), metric.metric().unit(),
                        metric.metric().direction(), now.value(), before.value(), now.failed() || before.failed()));
            }
        }
        return figures;
    }

    private List<Figure> kernelFigures(Optional<Long> departmentId, ReportingPeriod period, ReportingPeriod previous) {
        Map<String, KernelFigures.Value> now = byKey(kernel.compute(departmentId, period.startInstant(),
                period.endInstant()));
        Map<String, KernelFigures.Value> before = byKey(kernel.compute(departmentId, previous.startInstant(),
                previous.endInstant()));
        Map<String, KernelFigures.Value> all = new LinkedHashMap<>(now);
        before.forEach(all::putIfAbsent);
        return all.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> KernelFigures.ORDER.indexOf(entry.getValue().labelKey())))
                .map(entry -> new Figure(Figure.KERNEL, entry.getValue().labelKey(), entry.getValue().unit(),
                        direction(entry.getValue()), amountOf(now, entry.getKey()), amountOf(before, entry.getKey()),
                        false))
                .toList();
    }

    /** More of every kernel figure is better, but for revenue that could not be converted. */
    private static MetricDirection direction(KernelFigures.Value value) {
        return value.labelKey().equals(KernelFigures.REVENUE_UNCONVERTED) ? MetricDirection.LOWER_IS_BETTER
                : MetricDirection.HIGHER_IS_BETTER;
    }

    /** A kernel figure missing from a period (revenue in a currency not sold then) was zero. */
    private static Optional<BigDecimal> amountOf(Map<String, KernelFigures.Value> values, String key) {
        return Optional.of(values.containsKey(key) ? values.get(key).amount() : BigDecimal.ZERO);
    }

    /** The values by label and unit: revenue has one value per currency, and a currency may be sold in one period only. */
    private static Map<String, KernelFigures.Value> byKey(List<KernelFigures.Value> values) {
        Map<String, KernelFigures.Value> byKey = new LinkedHashMap<>();
        values.forEach(value -> byKey.put(value.labelKey() + "/" + value.unit(), value));
        return byKey;
    }
}
