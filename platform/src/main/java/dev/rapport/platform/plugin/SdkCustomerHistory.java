package dev.rapport.platform.plugin;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.history.CustomerHistory;
import dev.rapport.sdk.interaction.InteractionInfo;
import java.util.List;

/** The SDK's walk over the whole history: primary-key range reads on the kernel's tables (public for the bench). */
public final class SdkCustomerHistory implements CustomerHistory {

    private final CustomerService customers;
    private final TransactionService transactions;
    private final InteractionService interactions;

    public SdkCustomerHistory(CustomerService customers, TransactionService transactions, InteractionService interactions) {
        this.customers = customers;
        this.transactions = transactions;
        this.interactions = interactions;
    }

    @Override
    public List<CustomerInfo> customers(long afterId, int limit) {
        return customers.infosAfter(afterId, pageSize(limit));
    }

    @Override
    public List<TransactionInfo> transactions(long afterId, int limit) {
        return transactions.allAfter(afterId, pageSize(limit)).stream().map(SdkCustomerDirectory::toInfo).toList();
    }

    @Override
    public List<InteractionInfo> interactions(long afterId, int limit) {
        return interactions.allAfter(afterId, pageSize(limit)).stream().map(SdkInteractionLog::toInfo).toList();
    }

    private static int pageSize(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("A page holds at least one entry, not " + limit);
        }
        return Math.min(limit, MAX_PAGE);
    }
}
