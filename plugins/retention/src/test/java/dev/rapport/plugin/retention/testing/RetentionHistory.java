package dev.rapport.plugin.retention.testing;

import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A small, deterministic purchase history in the test kernel: regular customers buying monthly up to now, lapsed
 * customers who stopped well before the hold-out half year, one valuable customer owned by a salesperson who bought
 * big every three weeks and then went quiet, and one customer who never bought. Made once per test JVM.
 */
public final class RetentionHistory {

    public static final int REGULAR = 16;
    public static final int LAPSED = 16;
    private static RetentionHistory made;

    public final UserInfo owner;
    public final CustomerInfo valuableAtRisk;
    public final CustomerInfo neverBought;
    public final CustomerInfo regular;

    private RetentionHistory(UserInfo owner, CustomerInfo valuableAtRisk, CustomerInfo neverBought, CustomerInfo regular) {
        this.owner = owner;
        this.valuableAtRisk = valuableAtRisk;
        this.neverBought = neverBought;
        this.regular = regular;
    }

    public static synchronized RetentionHistory in(RapportKernel kernel) {
        if (made == null) {
            made = make(kernel);
        }
        return made;
    }

    private static RetentionHistory make(RapportKernel kernel) {
        Instant now = Instant.now();
        CustomerInfo firstRegular = null;
        for (int i = 0; i < REGULAR; i++) {
            CustomerInfo customer = kernel.createPerson("Regular", kernel.unique("Buyer"), null, false);
            firstRegular = firstRegular == null ? customer : firstRegular;
            for (int month = 0; month < 12; month++) {
                buy(kernel, customer, 60 + 5 * (i % 7), now.minus(Duration.ofDays(5 + (i % 9) + 45L * month)));
            }
        }
        for (int i = 0; i < LAPSED; i++) {
            CustomerInfo customer = kernel.createPerson("Lapsed", kernel.unique("Buyer"), null, false);
            for (int month = 0; month < 10; month++) {
                buy(kernel, customer, 55 + 5 * (i % 5), now.minus(Duration.ofDays(250 + (i % 40) + 45L * month)));
            }
        }
        UserInfo owner = kernel.createUser("Sally Seller", Role.AGENT, "sales");
        CustomerInfo valuable = kernel.createCustomer(new NewCustomer(CustomerKind.ORGANISATION, null, null,
                kernel.unique("Big Spender AG"), LifecycleStage.CUSTOMER, owner.id(), "en", "EUR", "UTC", false, List.of(),
                List.of(), List.of(), Set.of(), null, List.of()));
        for (int visit = 0; visit < 12; visit++) {
            buy(kernel, valuable, 4000, now.minus(Duration.ofDays(215 + 21L * visit)));
        }
        CustomerInfo never = kernel.createPerson("Nora", kernel.unique("Newcomer"), null, false);
        kernel.awaitEvents();
        return new RetentionHistory(owner, valuable, never, firstRegular);
    }

    private static void buy(RapportKernel kernel, CustomerInfo customer, int amount, Instant at) {
        kernel.recordTransaction(customer.id(), TransactionKind.PURCHASE, Integer.toString(amount), "EUR", at);
    }
}
