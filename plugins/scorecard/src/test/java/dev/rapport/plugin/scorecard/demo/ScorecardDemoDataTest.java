package dev.rapport.plugin.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.scorecard.build.ScorecardRepository;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.testkit.RapportKernel;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo's scorecards: one per department of a known kind from its template, and the company's, made once. */
class ScorecardDemoDataTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @Test
    void everyDemoDepartmentAndTheCompanyGetAScorecardFromTheirTemplateOnce() {
        ScorecardRepository scorecards = new ScorecardRepository(kernel.dsl());
        ScorecardDemoData demo = new ScorecardDemoData(kernel.context(), scorecards,
                kernel.service(SnapshotService.class));
        kernel.runAsPlugin(demo::generateOnFirstStart);

        Optional<Scorecard> sales = scorecards.findByDepartment(kernel.department("sales").id());
        assertThat(sales).map(Scorecard::template).contains(DepartmentKind.SALES);
        assertThat(sales.orElseThrow().objectives()).hasSize(4);
        assertThat(sales.orElseThrow().objectives().get(0).name()).isEqualTo("Grow revenue");
        assertThat(scorecards.findByDepartment(kernel.department("field").id())).map(Scorecard::template)
                .contains(DepartmentKind.FIELD_OPERATIONS);
        assertThat(scorecards.findByDepartment(Scorecard.COMPANY)).map(Scorecard::name).contains("Company scorecard");

        long stored = scorecards.departments().size();
        kernel.runAsPlugin(demo::generateOnFirstStart);
        assertThat(scorecards.departments()).as("made once").hasSize((int) stored);
    }
}
