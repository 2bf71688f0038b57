package dev.rapport.platform.customer;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import dev.rapport.sdk.customer.TransactionKind;

class TransactionServiceTest {

    private final Kernel kernel = new Kernel();
    private final dev.rapport.platform.user.Actor actor = kernel.newActor();

    @Test
    void recordsExactAmountsAndIgnoresAReplayOfTheSameSourceReference() {
        Customer customer = kernel.customers.create(person("Jane", unique("Tx")), kernel.newActor());
        Product product = kernel.products.create(new ProductDraft(unique("P-"), "Gold card", "Cards",
                new BigDecimal("49.99"), new BigDecimal("12.5"), "USD", true), actor);
        String reference = unique("INV-");
        TransactionDraft draft = new TransactionDraft(customer.id(), TransactionKind.PURCHASE, new BigDecimal("0.1"),
                "USD", product.id(), Instant.now(), "erp", reference);

        Transaction first = kernel.transactions.record(draft, actor);
        Transaction replay = kernel.transactions.record(draft, actor);

        assertThat(replay).isEqualTo(first);
        assertThat(first.amount().amount()).isEqualByComparingTo("0.1");
        assertThat(kernel.transactions.history(customer.id(), null, 10)).containsExactly(first);
    }

    @Test
    void refusesNegativeAmountsUnknownCurrenciesProductsAndFutureDates() {
        Customer customer = kernel.customers.create(person("Jane", unique("TxBad")), kernel.newActor());
        TransactionDraft bad = new TransactionDraft(customer.id(), TransactionKind.REFUND, new BigDecimal("-1"), "XYZ",
                Long.MAX_VALUE - 3, Instant.now().plus(Duration.ofDays(30)), "", null);
        assertThatThrownBy(() -> kernel.transactions.record(bad, actor)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("amount", "currency", "productId", "occurredAt", "sourceSystem"));
        TransactionDraft tooPrecise = new TransactionDraft(customer.id(), TransactionKind.PURCHASE,
                new BigDecimal("1.00001"), "USD", null, Instant.now(), "erp", null);
        assertThatThrownBy(() -> kernel.transactions.record(tooPrecise, actor)).isInstanceOf(ValidationException.class);
    }

    @Test
    void productCodesAreUnique() {
        String code = unique("SKU-");
        kernel.products.create(new ProductDraft(code, "A", "F", BigDecimal.ONE, BigDecimal.ZERO, "EUR", true), actor);
        assertThatThrownBy(() -> kernel.products.create(new ProductDraft(code, "B", "F", BigDecimal.ONE, BigDecimal.ZERO,
                "EUR", true), actor)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("validation.taken"));
    }
}
