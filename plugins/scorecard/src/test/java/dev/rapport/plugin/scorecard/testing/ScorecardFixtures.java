package dev.rapport.plugin.scorecard.testing;

import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A department of its own per test (so other tests' data does not count), its manager and agent, and KPIs. */
public final class ScorecardFixtures {

    public final Department department;
    public final UserInfo manager;
    public final UserInfo agent;
    private final RapportKernel kernel;

    /**
     * @param alsoIn departments the manager and agent also belong to: the plugin's pages open only for members of a
     *        department that uses the plugin, which a department made during the tests does not
     */
    public ScorecardFixtures(RapportKernel kernel, String... alsoIn) {
        this.kernel = kernel;
        this.department = kernel.createDepartment(kernel.unique("Scorecard team "));
        String[] codes = java.util.stream.Stream.concat(java.util.stream.Stream.of(department.code()),
                java.util.Arrays.stream(alsoIn)).toArray(String[]::new);
        this.manager = kernel.createUser(Role.MANAGER, codes);
        this.agent = kernel.createUser(Role.AGENT, codes);
    }

    /** A customer the department's manager owns (so the kernel's metrics count it for the department). */
    public CustomerInfo customer() {
        return kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Sam", kernel.unique("Score"), null,
                LifecycleStage.CUSTOMER, manager.id(), "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                Set.of(), null, List.of()));
    }

    /** A KPI with the same target for a month and a quarter, green from 100 %, amber from 85 %. */
    public static Kpi kpi(String metricId, String monthlyTarget) {
        BigDecimal target = new BigDecimal(monthlyTarget);
        return new Kpi(0, metricId, BigDecimal.ONE, Map.of(PeriodKind.MONTH, target, PeriodKind.QUARTER, target),
                BigDecimal.valueOf(100), BigDecimal.valueOf(85));
    }

    /** A scorecard of the department with one objective holding {@code kpis}. */
    public Scorecard scorecard(Kpi... kpis) {
        return new Scorecard(0, department.id(), "Scorecard of " + department.name(), null,
                List.of(new Objective(0, Perspective.CUSTOMER, "Win customers", BigDecimal.ONE, List.of(), List.of(kpis))),
                null, 0);
    }

    /**
     * A scorecard of the department with one objective per perspective in their order, named {@code names}, each
     * leading to the positions in {@code links} and holding one KPI (customers, target 3).
     */
    public Scorecard linked(List<String> names, List<List<Integer>> links) {
        List<Objective> objectives = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            objectives.add(new Objective(0, Perspective.values()[i], names.get(i), BigDecimal.ONE, links.get(i),
                    List.of(kpi("kernel/customers", "3"))));
        }
        return new Scorecard(0, department.id(), "Linked", null, objectives, null, 0);
    }
}
