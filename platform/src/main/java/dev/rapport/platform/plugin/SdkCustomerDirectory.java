package dev.rapport.platform.plugin;

import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.Transaction;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.sdk.customer.ContactInfo;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.customer.RevenueTotal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SDK's customer directory over the kernel's services. */
final class SdkCustomerDirectory implements CustomerDirectory {

    private static final int MAX = 500;

    private final CustomerService customers;
    private final ProductCatalog products;
    private final TransactionService transactions;

    SdkCustomerDirectory(CustomerService customers, ProductCatalog products, TransactionService transactions) {
        this.customers = customers;
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public Optional<CustomerInfo> find(long customerId) {
        return customers.info(customerId);
    }

    @Override
    public List<CustomerInfo> findAll(List<Long> customerIds) {
        List<CustomerInfo> found = new ArrayList<>(customerIds.size());
        for (int from = 0; from < customerIds.size(); from += MAX) {
            found.addAll(customers.infos(customerIds.subList(from, Math.min(customerIds.size(), from + MAX))));
        }
        return found;
    }

    @Override
    public List<CustomerInfo> search(String text, int limit) {
        return customers.infos(customers.search(text, Math.min(limit, MAX)).stream().map(CustomerSummary::id).toList());
    }

    @Override
    public List<ContactInfo> contacts(long customerId) {
        return customers.contacts(customerId).stream().map(SdkCustomerDirectory::toInfo).toList();
    }

    @Override
    public List<ProductInfo> products() {
        return products.all().stream().map(SdkCustomerDirectory::toInfo).toList();
    }

    @Override
    public List<TransactionInfo> transactions(long customerId, TransactionInfo after, int limit) {
        Transaction cursor = after == null ? null : new Transaction(after.id(), after.customerId(), after.kind(),
                new dev.rapport.platform.customer.Money(after.amount(), after.currency()), after.productId(),
                after.occurredAt(), after.sourceSystem(), after.externalRef(), null);
        return transactions.history(customerId, cursor, Math.min(limit, MAX)).stream().map(SdkCustomerDirectory::toInfo).toList();
    }

    @Override
    public List<CustomerInfo> list(CustomerQuery query, CustomerInfo after, int limit) {
        CustomerFilter filter = new CustomerFilter(query.namePrefix(), query.stages(), query.ownerId(), query.tag());
        // Oldest first seeks on (created_at, id): the cursor needs only those two of the summary's fields.
        CustomerSummary cursor = after == null ? null : new CustomerSummary(after.id(), after.kind(),
                after.displayName(), null, after.stage(), after.ownerId(), null, null, after.createdAt());
        return customers.infos(customers.list(filter, CustomerSort.OLDEST_FIRST, cursor, Math.min(limit, MAX)).stream()
                .map(CustomerSummary::id).toList());
    }

    @Override
    public List<CustomerInfo> findByEmailOrPhone(String email, String phone, int limit) {
        String address = email == null || email.isBlank() ? null : email.strip();
        String digits = phone == null || phone.isBlank() ? null
                : customers.normalisePhone(phone, null).map(PhoneNumbers.Normalised::e164Digits).orElse(null);
        List<Long> ids = customers.idsWithEmailOrPhone(address, digits, Math.min(limit, MAX));
        return customers.infos(ids).stream().sorted(java.util.Comparator.comparing(CustomerInfo::displayName)).toList();
    }

    @Override
    public Optional<String> normalisePhone(String number, String countryCode) {
        return customers.normalisePhone(number, countryCode).map(PhoneNumbers.Normalised::international);
    }

    @Override
    public List<RevenueTotal> revenue(Collection<Long> customerIds, Instant from, Instant to) {
        return transactions.revenue(customerIds, from, to);
    }

    private static ContactInfo toInfo(ContactPerson contact) {
        return new ContactInfo(contact.id(), contact.customerId(), contact.firstName(), contact.lastName(),
                contact.jobTitle(), contact.email(), contact.phone(), contact.active());
    }

    private static ProductInfo toInfo(Product product) {
        return new ProductInfo(product.id(), product.code(), product.name(), product.family(), product.price().amount(),
                product.cost().amount(), product.price().currency(), product.active());
    }

    static TransactionInfo toInfo(Transaction transaction) {
        return new TransactionInfo(transaction.id(), transaction.customerId(), transaction.kind(),
                transaction.amount().amount(), transaction.amount().currency(), transaction.productId(),
                transaction.occurredAt(), transaction.sourceSystem(), transaction.externalRef());
    }
}
