package dev.rapport.plugin.scorecard.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.testing.ScorecardFixtures;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Building a scorecard: from a department kind's template, checked field by field, saved under its version,
 * audited; managers change their own department's, agents only read it, the company's is the administrators'.
 */
class ScorecardServiceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ScorecardService scorecards = kernel.service(ScorecardService.class);
    private final ScorecardAudit audit = kernel.service(ScorecardAudit.class);
    private final ScorecardFixtures fixtures = new ScorecardFixtures(kernel);

    @Test
    void aManagerBuildsTheDepartmentsScorecardFromTheSalesTemplateAndChangesATarget() {
        kernel.signIn(fixtures.manager);
        Scorecard draft = scorecards.fromTemplate(fixtures.department.id(), "Sales 2027", DepartmentKind.SALES,
                Locale.GERMAN);
        assertThat(draft.objectives()).extracting(Objective::perspective).containsExactly(Perspective.FINANCIAL,
                Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS, Perspective.LEARNING_AND_GROWTH);
        assertThat(draft.objectives().get(0).name()).isEqualTo("Umsatz steigern");
        assertThat(draft.objectives().get(1).leadsTo()).as("customers lead to finance").containsExactly(0);
        assertThat(draft.objectives().get(3).leadsTo()).as("the team leads to processes and customers")
                .containsExactly(1, 2);
        Kpi revenue = draft.objectives().get(0).kpis().get(0);
        assertThat(revenue.metricId()).isEqualTo("kernel/revenue");
        assertThat(revenue.target(PeriodKind.QUARTER)).contains(new BigDecimal("60000"));

        Scorecard saved = scorecards.save(draft);
        assertThat(saved.id()).isPositive();
        assertThat(saved.metricIds()).contains("kernel/revenue", "acquisition/conversion-rate", "kernel/tasks-on-time");
        assertThat(saved.objectives()).extracting(Objective::leadsTo).as("every link survives save and reload")
                .containsExactly(List.of(), List.of(0), List.of(1), List.of(1, 2));

        Objective first = saved.objectives().get(0);
        Kpi changed = new Kpi(0, revenue.metricId(), revenue.weight(), Map.of(PeriodKind.MONTH, new BigDecimal("25000")),
                revenue.greenPercent(), revenue.amberPercent());
        Scorecard edited = new Scorecard(saved.id(), saved.departmentId(), saved.name(), saved.template(),
                List.of(new Objective(0, first.perspective(), first.name(), first.weight(), List.of(), List.of(changed))),
                null, saved.version());
        Scorecard again = scorecards.save(edited);
        assertThat(again.version()).isEqualTo(saved.version() + 1);
        assertThat(again.objectives().get(0).kpis().get(0).target(PeriodKind.MONTH)).contains(new BigDecimal("25000"));
        assertThat(audit.latest(fixtures.department.id(), 10)).extracting(ScorecardAudit.Entry::action)
                .containsExactly("SAVED", "CREATED");
        assertThat(audit.latest(fixtures.department.id(), 1).get(0).detail()).contains("kernel/revenue", "25000");

        assertThatThrownBy(() -> scorecards.save(edited)).as("saved by someone else in between")
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void wrongInputIsNamedOnItsField() {
        kernel.signIn(fixtures.manager);
        Kpi wrong = new Kpi(0, "not a metric", BigDecimal.ZERO, Map.of(), BigDecimal.valueOf(80), BigDecimal.valueOf(90));
        Scorecard scorecard = new Scorecard(0, fixtures.department.id(), " ", null, List.of(
                new Objective(0, Perspective.FINANCIAL, "", BigDecimal.ONE, List.of(0), List.of(wrong))), null, 0);

        assertThatThrownBy(() -> scorecards.save(scorecard)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name",
                        "objective.0.name", "objective.0.leadsTo", "kpi.0.0.metric", "kpi.0.0.weight", "kpi.0.0.amber"));
        assertThat(scorecards.find(fixtures.department.id())).isEmpty();
    }

    @Test
    void anObjectiveLeadsToSeveralOthersButTheLinksNeverGoRoundInACircle() {
        kernel.signIn(fixtures.manager);
        Scorecard linked = linked(List.of(), List.of(0), List.of(0, 1), List.of(0, 1, 2));
        Scorecard saved = scorecards.save(linked);
        assertThat(saved.objectives()).extracting(Objective::leadsTo)
                .containsExactly(List.of(), List.of(0), List.of(0, 1), List.of(0, 1, 2));

        Scorecard circle = new Scorecard(saved.id(), saved.departmentId(), saved.name(), null,
                linked(List.of(3), List.of(0), List.of(1), List.of(2)).objectives(), null, saved.version());
        assertThatThrownBy(() -> scorecards.save(circle)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).as("on the link that closes it").isEqualTo("objective.1.leadsTo");
                assertThat(error.messageKey()).isEqualTo("scorecard.error.circle");
                assertThat(error.arguments()).containsExactly("Finance → Learning → Process → Customers → Finance");
            });
        });
        assertThat(scorecards.find(fixtures.department.id()).orElseThrow().objectives()).extracting(Objective::leadsTo)
                .as("the refused change is not stored").containsExactly(List.of(), List.of(0), List.of(0, 1),
                        List.of(0, 1, 2));

        Scorecard fewer = new Scorecard(saved.id(), saved.departmentId(), saved.name(), null,
                linked(List.of(), List.of(), List.of(1), List.of(1)).objectives(), null, saved.version());
        assertThat(scorecards.save(fewer).objectives()).extracting(Objective::leadsTo).as("links removed on save")
                .containsExactly(List.of(), List.of(), List.of(1), List.of(1));
    }

    @Test
    void agentsReadTheirDepartmentsScorecardButOnlyManagersAndAdministratorsChangeIt() {
        kernel.signIn(fixtures.manager);
        scorecards.save(fixtures.scorecard(ScorecardFixtures.kpi("kernel/customers", "3")));
        assertThat(scorecards.canEdit(0)).as("the company's is the administrators'").isFalse();

        kernel.signIn(fixtures.agent);
        assertThat(scorecards.find(fixtures.department.id())).isPresent();
        assertThat(scorecards.canEdit(fixtures.department.id())).isFalse();
        Scorecard stored = scorecards.find(fixtures.department.id()).orElseThrow();
        assertThatThrownBy(() -> scorecards.save(stored)).isInstanceOf(AccessDeniedException.class);

        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        assertThatThrownBy(() -> scorecards.find(fixtures.department.id())).as("another department's manager")
                .isInstanceOf(AccessDeniedException.class);
        kernel.signIn(kernel.createUser(Role.ADMINISTRATOR));
        assertThat(scorecards.canEdit(0)).isTrue();
        assertThat(scorecards.canEdit(fixtures.department.id())).isTrue();
    }

    private Scorecard linked(List<Integer> finance, List<Integer> customers, List<Integer> process,
                             List<Integer> learning) {
        return fixtures.linked(List.of("Finance", "Customers", "Process", "Learning"),
                List.of(finance, customers, process, learning));
    }
}
