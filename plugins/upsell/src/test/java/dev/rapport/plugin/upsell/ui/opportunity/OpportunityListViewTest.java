package dev.rapport.plugin.upsell.ui.opportunity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.StageSpec;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The opportunity list in a mocked browser, opened the way the browser opens it, by whoever may open it. */
class OpportunityListViewTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @Test
    void anAdministratorSeesTheOpenOpportunitiesWithTheirStageAndOwner() {
        kernel.signIn(kernel.createUser(Role.ADMINISTRATOR, "sales"));
        PipelineService pipelines = kernel.service(PipelineService.class);
        Pipeline pipeline = pipelines.save(null, kernel.unique("List"), List.of(new StageSpec(null, "Talk", 20)));
        CustomerInfo customer = kernel.createPerson("Li", kernel.unique("St"), null, false);
        Opportunity opened = kernel.service(OpportunityService.class).open(new OpportunityDraft(pipeline.id(),
                customer.id(), "Gold card " + kernel.unique(""), new BigDecimal("1290"), "EUR",
                LocalDate.now().plusDays(5), null, null));

        UI.getCurrent().add(new OpportunityListView(kernel.context(), pipelines, kernel.service(OpportunityService.class),
                kernel.service(OpportunityQueries.class)));

        @SuppressWarnings("unchecked")
        Grid<Opportunity> grid = _get(Grid.class, spec -> spec.withId("opportunities-grid"));
        List<String> titles = GridKt._findAll(grid).stream().map(Opportunity::title).toList();
        assertThat(titles).contains(opened.title());
        assertThat(GridKt._getFormattedRow(grid, titles.indexOf(opened.title()))).contains("Talk", "20 %");
    }
}
