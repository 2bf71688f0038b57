package dev.rapport.plugin.service.rma;

import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Whether a return is covered: by the product's warranty (the customer bought it no longer than the warranty
 * period ago, by their transaction history) or by one of the customer's own service agreements covering the product
 * and the request's category on the day (the default agreement sets response times, it covers no returns).
 */
public final class RmaCoverage {

    private static final int PAGE = 200;

    private final CustomerDirectory customers;
    private final AgreementService agreements;

    public RmaCoverage(CustomerDirectory customers, AgreementService agreements) {
        this.customers = customers;
        this.agreements = agreements;
    }

    public Optional<Coverage> of(long customerId, Long productId, String category, LocalDate day, ZoneId zone,
                                 int warrantyMonths) {
        if (productId != null && boughtSince(customerId, productId, day.minusMonths(warrantyMonths).atStartOfDay(zone)
                .toInstant())) {
            return Optional.of(Coverage.WARRANTY);
        }
        boolean agreement = agreements.forCustomer(customerId).stream().filter(found -> !found.isDefault())
                .anyMatch(found -> found.covers(productId, category, day));
        return agreement ? Optional.of(Coverage.AGREEMENT) : Optional.empty();
    }

    /** Reads the customer's history newest first, only as far back as the warranty reaches. */
    private boolean boughtSince(long customerId, long productId, Instant since) {
        TransactionInfo after = null;
        while (true) {
            List<TransactionInfo> page = customers.transactions(customerId, after, PAGE);
            for (TransactionInfo transaction : page) {
                if (transaction.occurredAt().isBefore(since)) {
                    return false;
                }
                if (transaction.kind() == TransactionKind.PURCHASE && Long.valueOf(productId).equals(transaction.productId())) {
                    return true;
                }
            }
            if (page.size() < PAGE) {
                return false;
            }
            after = page.getLast();
        }
    }
}
