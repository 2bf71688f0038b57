package dev.rapport.plugin.upsell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.StageSpec;
import dev.rapport.plugin.upsell.trigger.RuleAction;
import dev.rapport.plugin.upsell.trigger.RuleDraft;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.RuleTester;
import dev.rapport.plugin.upsell.ui.UpsellNavigation;
import dev.rapport.plugin.upsell.ui.board.BoardView;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's permissions with their defaults: managers build rules and configure pipelines, agents do neither
 * (the services refuse, the rules page is closed to them and the board hides its pipeline buttons) but close
 * opportunities; read-only users cannot close one and the board offers them no Won or Lost column.
 */
class UpsellPermissionsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final PipelineService pipelines = kernel.service(PipelineService.class);
    private final OpportunityService opportunities = kernel.service(OpportunityService.class);
    private final RuleDraft rule = new RuleDraft("Large deposit", true, TransactionKind.DEPOSIT, new BigDecimal("10000"),
            "EUR", null, null, RuleAction.TASK, null, 2, "Ask about investments.", null, null, 30);

    @Test
    void theDefaultsGiveRulesAndPipelinesToManagersAndClosingToAgents() {
        assertThat(new UpsellPermissions().permissions()).allSatisfy(permission ->
                assertThat(permission.key()).startsWith("upsell."));
        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.MANAGE_RULES)).isTrue();
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.EDIT_PIPELINE)).isTrue();
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.CLOSE_OPPORTUNITY)).isTrue();

        kernel.signIn(kernel.createUser(Role.AGENT, "sales"));
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.MANAGE_RULES)).isFalse();
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.EDIT_PIPELINE)).isFalse();
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.CLOSE_OPPORTUNITY)).isTrue();

        kernel.signIn(kernel.createUser(Role.READ_ONLY, "sales"));
        assertThat(kernel.context().security().hasPermission(UpsellPermissions.CLOSE_OPPORTUNITY)).isFalse();
    }

    @Test
    void anAgentCanNeitherBuildNorTestARuleNorConfigureAPipelineAndTheRulesPageIsClosedToThem() {
        kernel.signIn(kernel.createUser(Role.AGENT, "sales"));

        assertThatThrownBy(() -> kernel.service(RuleService.class).save(null, 0, rule))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kernel.service(RuleTester.class).test(rule, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pipelines.save(null, kernel.unique("Pipe"), List.of(new StageSpec(null, "Talk", 20))))
                .isInstanceOf(AccessDeniedException.class);
        ui.open(UpsellNavigation.RULES);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).extracting(view ->
                view.getClass().getSimpleName()).contains("AccessDeniedView").doesNotContain("RulesView");

        UI.getCurrent().add(board());
        assertThat(_find(Button.class, spec -> spec.withId("board-configure"))).as("hidden").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("board-new-pipeline"))).as("hidden").isEmpty();
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("board-won"))).as("agents close deals").hasSize(1);
    }

    @Test
    void aReadOnlyUserCannotCloseAnOpportunityAndSeesNoWonOrLostOnTheBoard() {
        UserInfo manager = kernel.createUser(Role.MANAGER, "sales");
        kernel.signIn(manager);
        Pipeline pipeline = pipelines.save(null, kernel.unique("Pipe"), List.of(new StageSpec(null, "Talk", 20)));
        CustomerInfo customer = kernel.createPerson("Rea", kernel.unique("Donly"), null, false);
        Opportunity opened = opportunities.open(new OpportunityDraft(pipeline.id(), customer.id(), "Fund", new BigDecimal("900"),
                "EUR", LocalDate.now().plusDays(9), manager.id(), null));

        kernel.signIn(kernel.createUser(Role.READ_ONLY, "sales"));
        assertThatThrownBy(() -> opportunities.win(opened.id(), opened.version(), "Signed"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.lose(opened.id(), opened.version(), "Too dear"))
                .isInstanceOf(AccessDeniedException.class);
        BoardView board = board();
        UI.getCurrent().add(board);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("board-pipeline")).setValue(pipeline);
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("board-won"))).isEmpty();
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("board-lost"))).isEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Div.class, spec -> spec.withId("board-card-" + opened.id())));
        assertThat(_get(Dialog.class, spec -> spec.withId("opportunity-dialog")).isOpened()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("opportunity-won"))).as("hidden").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("opportunity-lost"))).as("hidden").isEmpty();
    }

    private BoardView board() {
        return new BoardView(kernel.context(), pipelines, opportunities, kernel.service(OpportunityQueries.class));
    }
}
