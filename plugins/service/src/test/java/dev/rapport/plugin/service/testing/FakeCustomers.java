package dev.rapport.plugin.service.testing;

import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.ContactInfo;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.CustomerEditor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.RevenueTotal;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/**
 * The kernel's customers as the plugin's tests need them: in memory, with the SDK's contracts kept where the plugin
 * relies on them (exact email and phone matches, name search by prefix, paging oldest first, revenue per currency).
 * Phone numbers are "normalised" by a simple rule: a leading + keeps the digits; a leading 0 takes the country's
 * calling code (CH 41, DE 49, US 1); anything under six digits is invalid.
 */
public final class FakeCustomers implements CustomerDirectory, CustomerEditor {

    /** A stored customer with every email and phone it has. */
    public record Stored(CustomerInfo info, List<String> emails, List<String> phones, List<ContactInfo> contacts,
                         NewCustomer createdFrom) {
    }

    /** A revenue transaction of a customer. */
    public record Revenue(long customerId, String currency, BigDecimal amount, Instant at) {
    }

    private static final Map<String, String> CALLING_CODES = Map.of("CH", "41", "DE", "49", "US", "1", "AT", "43");
    /** Unique across the test JVM: the plugin's tables, shared by all tests, refer to customers by id. */
    private static final AtomicLong IDS = new AtomicLong(1000);
    private final Map<Long, Stored> customers = new ConcurrentHashMap<>();
    private final List<ProductInfo> products = new CopyOnWriteArrayList<>();
    private final List<Revenue> revenue = new CopyOnWriteArrayList<>();

    public FakeCustomers() {
        products.add(new ProductInfo(1, "SAVINGS", "Savings plan", "Savings", new BigDecimal("0.00"),
                new BigDecimal("0.00"), "EUR", true));
        products.add(new ProductInfo(2, "CARD-GOLD", "Gold card", "Cards", new BigDecimal("120.00"),
                new BigDecimal("30.00"), "EUR", true));
    }

    /** Adds a customer as if someone had created it in the web application. */
    public CustomerInfo add(CustomerKind kind, String name, String email, String phone, boolean consent, Long ownerId) {
        long id = IDS.incrementAndGet();
        CustomerInfo info = new CustomerInfo(id, kind, name, LifecycleStage.CUSTOMER, ownerId, email, phone, "en", "EUR",
                "UTC", consent, Set.of(), Instant.now().plusMillis(id));
        customers.put(id, new Stored(info, email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(phone), new ArrayList<>(), null));
        return info;
    }

    public void addRevenue(long customerId, String currency, String amount, Instant at) {
        revenue.add(new Revenue(customerId, currency, new BigDecimal(amount), at));
    }

    public Stored stored(long customerId) {
        return customers.get(customerId);
    }

    public int count() {
        return customers.size();
    }

    @Override
    public Optional<CustomerInfo> find(long customerId) {
        return Optional.ofNullable(customers.get(customerId)).map(Stored::info);
    }

    @Override
    public List<CustomerInfo> search(String text, int limit) {
        String prefix = text.strip().toLowerCase(Locale.ROOT);
        return customers.values().stream().map(Stored::info)
                .filter(info -> info.displayName().toLowerCase(Locale.ROOT).startsWith(prefix))
                .sorted(Comparator.comparing(CustomerInfo::displayName)).limit(limit).toList();
    }

    @Override
    public List<ContactInfo> contacts(long customerId) {
        return List.copyOf(customers.get(customerId).contacts());
    }

    @Override
    public List<ProductInfo> products() {
        return List.copyOf(products);
    }

    @Override
    public List<TransactionInfo> transactions(long customerId, TransactionInfo after, int limit) {
        return List.of();
    }

    @Override
    public List<CustomerInfo> list(CustomerQuery query, CustomerInfo after, int limit) {
        return customers.values().stream().map(Stored::info)
                .filter(info -> query.stages().isEmpty() || query.stages().contains(info.stage()))
                .filter(info -> query.ownerId() == null || query.ownerId().equals(info.ownerId()))
                .filter(info -> query.tag() == null || info.tags().contains(query.tag()))
                .filter(info -> query.namePrefix() == null || info.displayName().startsWith(query.namePrefix()))
                .sorted(Comparator.comparing(CustomerInfo::createdAt).thenComparingLong(CustomerInfo::id))
                .filter(info -> after == null || info.createdAt().isAfter(after.createdAt())
                        || (info.createdAt().equals(after.createdAt()) && info.id() > after.id()))
                .limit(limit).toList();
    }

    @Override
    public List<CustomerInfo> findByEmailOrPhone(String email, String phone, int limit) {
        return customers.values().stream()
                .filter(stored -> (email != null && stored.emails().stream().anyMatch(email::equalsIgnoreCase))
                        || (phone != null && stored.phones().contains(phone)))
                .map(Stored::info).sorted(Comparator.comparing(CustomerInfo::displayName)).limit(limit).toList();
    }

    @Override
    public Optional<String> normalisePhone(String number, String countryCode) {
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return Optional.empty();
        }
        if (number.strip().startsWith("+")) {
            return Optional.of("+" + digits);
        }
        String code = CALLING_CODES.getOrDefault(countryCode == null ? "US" : countryCode, "1");
        return Optional.of("+" + code + (digits.startsWith("0") ? digits.substring(1) : digits));
    }

    @Override
    public List<RevenueTotal> revenue(Collection<Long> customerIds, Instant from, Instant to) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (Revenue entry : revenue) {
            if (customerIds.contains(entry.customerId()) && !entry.at().isBefore(from) && entry.at().isBefore(to)) {
                totals.merge(entry.currency(), entry.amount(), BigDecimal::add);
                counts.merge(entry.currency(), 1L, Long::sum);
            }
        }
        return totals.entrySet().stream().map(total -> new RevenueTotal(total.getKey(), total.getValue(),
                counts.get(total.getKey()))).toList();
    }

    // CustomerEditor: the kernel would validate much more; the fake refuses what the plugin must never send.

    @Override
    public CustomerInfo create(NewCustomer customer) {
        boolean organisation = customer.kind() == CustomerKind.ORGANISATION;
        if ((organisation && customer.organisationName() == null) || (!organisation && customer.lastName() == null)
                || (!organisation && !customer.contacts().isEmpty())) {
            throw new ValidationException(List.of(FieldError.of("kind", "validation.required")));
        }
        long id = IDS.incrementAndGet();
        String name = organisation ? customer.organisationName()
                : ((customer.firstName() == null ? "" : customer.firstName()) + " " + customer.lastName()).strip();
        CustomerInfo info = new CustomerInfo(id, customer.kind(), name, customer.stage(), customer.ownerId(),
                customer.emails().isEmpty() ? null : customer.emails().getFirst(),
                customer.phones().isEmpty() ? null : customer.phones().getFirst(), customer.preferredLanguage(),
                customer.currency(), customer.timeZone(), customer.marketingConsent(), customer.tags(), Instant.now());
        List<ContactInfo> contacts = new ArrayList<>();
        customer.contacts().forEach(contact -> contacts.add(new ContactInfo(IDS.incrementAndGet(), id, contact.firstName(),
                contact.lastName(), contact.jobTitle(), contact.email(), contact.phone(), true)));
        customers.put(id, new Stored(info, customer.emails(), customer.phones(), contacts, customer));
        return info;
    }

    @Override
    public CustomerInfo create(DSLContext transaction, NewCustomer customer) {
        return create(customer);
    }

    @Override
    public CustomerInfo addContactDetails(long customerId, ContactDetails details) {
        Stored stored = customers.get(customerId);
        if (stored == null) {
            throw new NotFoundException("Customer", customerId);
        }
        List<String> emails = new ArrayList<>(stored.emails());
        details.emails().stream().filter(email -> emails.stream().noneMatch(email::equalsIgnoreCase)).forEach(emails::add);
        List<String> phones = new ArrayList<>(stored.phones());
        details.phones().stream().filter(phone -> !phones.contains(phone)).forEach(phones::add);
        List<ContactInfo> contacts = new ArrayList<>(stored.contacts());
        if (details.contact() != null) {
            contacts.add(new ContactInfo(IDS.incrementAndGet(), customerId, details.contact().firstName(),
                    details.contact().lastName(), details.contact().jobTitle(), details.contact().email(),
                    details.contact().phone(), true));
        }
        Set<String> tags = new HashSet<>(stored.info().tags());
        tags.addAll(details.tags());
        CustomerInfo info = stored.info();
        CustomerInfo updated = new CustomerInfo(info.id(), info.kind(), info.displayName(), info.stage(), info.ownerId(),
                info.primaryEmail(), info.primaryPhone(), info.preferredLanguage(), info.currency(), info.timeZone(),
                info.marketingConsent(), tags, info.createdAt());
        customers.put(customerId, new Stored(updated, emails, phones, contacts, stored.createdFrom()));
        return updated;
    }

    @Override
    public CustomerInfo addContactDetails(DSLContext transaction, long customerId, ContactDetails details) {
        return addContactDetails(customerId, details);
    }

    @Override
    public CustomerInfo setMarketingConsent(long customerId, boolean consent) {
        Stored stored = customers.get(customerId);
        CustomerInfo info = stored.info();
        CustomerInfo updated = new CustomerInfo(info.id(), info.kind(), info.displayName(), info.stage(), info.ownerId(),
                info.primaryEmail(), info.primaryPhone(), info.preferredLanguage(), info.currency(), info.timeZone(),
                consent, info.tags(), info.createdAt());
        customers.put(customerId, new Stored(updated, stored.emails(), stored.phones(), stored.contacts(),
                stored.createdFrom()));
        return updated;
    }
}
