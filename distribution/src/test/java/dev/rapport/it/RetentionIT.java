package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Retention from start to finish in a real browser: a manager scores all customers (the job's progress shows), opens
 * the churn list of high-value customers, finds the big spender who went quiet there with the reasons, saves the
 * high-risk customers as a segment, and the segment's preview lists that customer; their owner finds the retention
 * playbook task under My work.
 */
@ExtendWith(RapportBrowserExtension.class)
class RetentionIT {

    private static final Duration SCORING = Duration.ofSeconds(120);

    @Test
    void aManagerScoresFindsTheValuableCustomerAtRiskAndSegmentsThemAndTheOwnerGetsThePlaybookTask(RapportServer server,
                                                                                                  WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User manager = server.account("it-ret-manager-" + suffix, Role.MANAGER, "management");
        User owner = server.account("it-ret-owner-" + suffix, Role.AGENT, "sales");
        String spender = "Quiet Spender " + suffix + " AG";
        long valuable = history(server, owner, spender);

        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);
        RetentionPages.Overview overview = RetentionPages.Overview.open(driver, server);
        assertThat(overview.scoreNowAndWait(SCORING)).as("the job's progress was shown").isTrue();
        assertThat(overview.valueDistributionSummary()).startsWith("The top tenth of ");

        RetentionPages.ChurnList churn = RetentionPages.ChurnList.open(driver, server).highValueOnly();
        List<String> row = churn.rowOf(spender);
        assertThat(row.get(2)).isEqualTo("High");
        assertThat(row.get(5)).isNotBlank();
        assertThat(churn.saveAtRiskSegment()).contains("At risk of churning");

        long segmentId = server.platform().services().require(SegmentService.class).list(Actor.SYSTEM).stream()
                .filter(segment -> segment.name().equals("At risk of churning")).findFirst().orElseThrow().id();
        RetentionPages.Segments segments = RetentionPages.Segments.open(driver, server);
        assertThat(segments.previewMembers(segmentId)).isNotBlank();
        assertThat(segments.previewRowOf(spender)).isNotEmpty();

        MyWorkPage.open(driver, server);
        ShellPage.current(driver).signOut();
        LoginPage.signIn(driver, server, owner.username(), RapportServer.PASSWORD);
        assertThat(MyWorkPage.open(driver, server).myTaskRowContaining(spender))
                .anyMatch(cell -> cell.contains("high risk"));
        assertThat(valuable).isPositive();
    }

    /**
     * The purchase history the models need (as the plugin's own tests have it): the big spender first (so the segment
     * preview's first page has them), owned by {@code owner}, who bought every three weeks and went quiet seven months
     * ago; sixteen regular customers buying up to now and sixteen who lapsed long ago.
     */
    private static long history(RapportServer server, User owner, String spender) {
        CustomerService customers = server.platform().services().require(CustomerService.class);
        TransactionService transactions = server.platform().services().require(TransactionService.class);
        Instant now = Instant.now();
        Customer valuable = customers.create(draft(CustomerKind.ORGANISATION, null, spender, owner.id()), Actor.SYSTEM);
        for (int visit = 0; visit < 12; visit++) {
            buy(transactions, valuable.id(), 4000, now.minus(Duration.ofDays(215 + 21L * visit)));
        }
        for (int i = 0; i < 16; i++) {
            Customer regular = customers.create(draft(CustomerKind.PERSON, "Regular", null, null), Actor.SYSTEM);
            for (int month = 0; month < 12; month++) {
                buy(transactions, regular.id(), 60 + 5 * (i % 7), now.minus(Duration.ofDays(5 + (i % 9) + 45L * month)));
            }
            Customer lapsed = customers.create(draft(CustomerKind.PERSON, "Lapsed", null, null), Actor.SYSTEM);
            for (int month = 0; month < 10; month++) {
                buy(transactions, lapsed.id(), 55 + 5 * (i % 5), now.minus(Duration.ofDays(250 + (i % 40) + 45L * month)));
            }
        }
        return valuable.id();
    }

    private static CustomerDraft draft(CustomerKind kind, String firstName, String organisation, Long ownerId) {
        return new CustomerDraft(kind, firstName, firstName == null ? null : "Buyer " + UUID.randomUUID().toString()
                .substring(0, 8), organisation, LifecycleStage.CUSTOMER, ownerId, "en", "EUR", "UTC", false, List.of(),
                List.of(), List.of(), Set.of(), null);
    }

    private static void buy(TransactionService transactions, long customerId, int amount, Instant at) {
        transactions.record(new TransactionDraft(customerId, TransactionKind.PURCHASE, BigDecimal.valueOf(amount), "EUR",
                null, at, "it", UUID.randomUUID().toString()), Actor.SYSTEM);
    }
}
