package dev.rapport.plugin.upsell.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.upsell.event.OpportunityLost;
import dev.rapport.plugin.upsell.event.OpportunityWon;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An opportunity's life against the real kernel: opened in the first stage, moved (audited), won with the sale
 * recorded as the customer's transaction, lost only with a reason; a stale edit is refused; totals and forecast.
 */
class OpportunityServiceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final OpportunityService opportunities = kernel.service(OpportunityService.class);
    private final OpportunityQueries queries = kernel.service(OpportunityQueries.class);
    private final PipelineService pipelines = kernel.service(PipelineService.class);
    private UserInfo agent;
    private CustomerInfo customer;
    private Pipeline pipeline;

    @BeforeEach
    void anAgentOfSalesAndTheirCustomer() {
        UserInfo manager = kernel.createUser(Role.MANAGER, "sales");
        kernel.signIn(manager);
        pipeline = pipelines.save(null, kernel.unique("Pipe"), List.of(new StageSpec(null, "Qualify", 10),
                new StageSpec(null, "Proposal", 60)));
        agent = kernel.createUser(Role.AGENT, "sales");
        customer = kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Ada", kernel.unique("Lovelace"), null,
                LifecycleStage.CUSTOMER, agent.id(), "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                Set.of(), null, List.of()));
        kernel.signIn(agent);
    }

    private Opportunity open(String amount) {
        return opportunities.open(new OpportunityDraft(pipeline.id(), customer.id(), "Fund", new BigDecimal(amount),
                "EUR", LocalDate.now(ZoneOffset.UTC).plusDays(10), null, null));
    }

    @Test
    void opensInTheFirstStageWithItsProbabilityOwnedByTheActingUser() {
        Opportunity opened = open("2500");

        assertThat(opened.stageId()).isEqualTo(pipeline.firstStage().id());
        assertThat(opened.probability()).isEqualTo(10);
        assertThat(opened.ownerId()).isEqualTo(agent.id());
        assertThat(opened.amountRep()).isEqualByComparingTo("2500");
        assertThat(opened.weightedRep()).isEqualByComparingTo("250");
    }

    @Test
    void aStageChangeIsAuditedAndTakesTheStagesProbability() {
        Opportunity opened = open("1000");
        Stage proposal = pipeline.stages().get(1);

        Opportunity moved = opportunities.moveToStage(opened.id(), opened.version(), proposal.id());

        assertThat(moved.probability()).isEqualTo(60);
        assertThat(moved.version()).isEqualTo(opened.version() + 1);
        assertThat(opportunities.history(opened.id())).extracting(HistoryEntry::kind, HistoryEntry::from, HistoryEntry::to,
                HistoryEntry::actor).containsExactly(org.assertj.core.groups.Tuple.tuple("CREATED", null, "Qualify",
                agent.displayName()), org.assertj.core.groups.Tuple.tuple("STAGE", "Qualify", "Proposal", agent.displayName()));
    }

    @Test
    void ofTwoEditsOfTheSameVersionOnlyTheFirstWins() {
        Opportunity opened = open("1000");
        opportunities.moveToStage(opened.id(), opened.version(), pipeline.stages().get(1).id());

        assertThatThrownBy(() -> opportunities.lose(opened.id(), opened.version(), "No budget"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(opportunities.require(opened.id()).status()).isEqualTo(OpportunityStatus.OPEN);
    }

    @Test
    void winningRecordsTheSaleAsTheCustomersPurchaseAndPublishesTheEvent() {
        Opportunity opened = open("2500");

        Opportunity won = opportunities.win(opened.id(), opened.version(), "Signed");

        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.closedAt()).isNotNull();
        List<TransactionInfo> history = kernel.context().customers().transactions(customer.id(), null, 10);
        assertThat(history).singleElement().satisfies(sale -> {
            assertThat(sale.kind()).isEqualTo(TransactionKind.PURCHASE);
            assertThat(sale.amount()).isEqualByComparingTo("2500");
            assertThat(sale.externalRef()).isEqualTo("opportunity-" + opened.id());
        });
        assertThat(kernel.recorded().events(OpportunityWon.class)).extracting(OpportunityWon::opportunityId)
                .containsExactly(opened.id());
        assertThatThrownBy(() -> opportunities.lose(won.id(), won.version(), "Late"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void losingNeedsAReason() {
        Opportunity opened = open("900");

        assertThatThrownBy(() -> opportunities.lose(opened.id(), opened.version(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("reason", "upsell.error.required")));
        opportunities.lose(opened.id(), opened.version(), "Chose a competitor");

        assertThat(kernel.recorded().events(OpportunityLost.class)).extracting(OpportunityLost::reason)
                .containsExactly("Chose a competitor");
    }

    @Test
    void badInputIsRefusedOnItsFields() {
        assertThatThrownBy(() -> opportunities.open(new OpportunityDraft(pipeline.id(), customer.id(), "", BigDecimal.ZERO,
                "XYZ", null, null, null))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "amount", "currency", "expectedClose"));
    }

    @Test
    void aReadOnlyUserCannotOpenOne() {
        kernel.signIn(kernel.createUser(Role.READ_ONLY, "sales"));

        assertThatThrownBy(() -> open("10")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBoardTotalsEachStageAndTheForecastWeighsByProbability() {
        Opportunity first = open("1000");
        open("3000");
        opportunities.moveToStage(first.id(), first.version(), pipeline.stages().get(1).id());

        List<BoardColumn> board = queries.board(pipeline.id(), 10);
        assertThat(board).extracting(column -> column.stage().name(), BoardColumn::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Qualify", 1),
                        org.assertj.core.groups.Tuple.tuple("Proposal", 1));
        assertThat(board.get(0).total()).isEqualByComparingTo("3000");
        assertThat(board.get(0).weighted()).isEqualByComparingTo("300");
        assertThat(board.get(1).weighted()).isEqualByComparingTo("600");

        YearMonth month = YearMonth.from(LocalDate.now(ZoneOffset.UTC).plusDays(10));
        assertThat(queries.forecast(month, 1)).filteredOn(row -> row.ownerId() == agent.id())
                .singleElement().satisfies(row -> {
                    assertThat(row.weighted()).isEqualByComparingTo("900");
                    assertThat(row.count()).isEqualTo(2);
                });
    }
}
