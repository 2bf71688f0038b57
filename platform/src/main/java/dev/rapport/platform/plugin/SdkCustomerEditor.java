package dev.rapport.platform.plugin;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.CustomerEditor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.NewContact;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.NewTransaction;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.error.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The SDK's customer editor over the kernel's customer service: plugins create and extend customers with the
 * service's validation, permission checks, events and audit entries, as the acting user.
 */
final class SdkCustomerEditor implements CustomerEditor {

    private final CustomerService customers;
    private final TransactionService transactions;
    private final String pluginId;
    private final DSLContext dsl;
    private final PluginActor actor;

    SdkCustomerEditor(CustomerService customers, TransactionService transactions, String pluginId, DSLContext dsl,
                      PluginActor actor) {
        this.customers = customers;
        this.transactions = transactions;
        this.pluginId = pluginId;
        this.dsl = dsl;
        this.actor = actor;
    }

    @Override
    public CustomerInfo create(NewCustomer customer) {
        return dsl.transactionResult(configuration -> create(configuration.dsl(), customer));
    }

    @Override
    public CustomerInfo create(DSLContext transaction, NewCustomer customer) {
        Actor acting = actor.writer("create customers");
        return PluginTableGuard.sdkWork(() -> {
            long id = customers.create(transaction, draftOf(customer), customer.contacts().stream()
                    .map(SdkCustomerEditor::contactOf).toList(), acting);
            return customers.info(transaction, id).orElseThrow();
        });
    }

    @Override
    public CustomerInfo addContactDetails(long customerId, ContactDetails details) {
        return dsl.transactionResult(configuration -> addContactDetails(configuration.dsl(), customerId, details));
    }

    @Override
    public CustomerInfo addContactDetails(DSLContext transaction, long customerId, ContactDetails details) {
        Actor acting = actor.writer("change customers");
        return PluginTableGuard.sdkWork(() -> addContactDetails(transaction, customerId, details, acting));
    }

    private CustomerInfo addContactDetails(DSLContext transaction, long customerId, ContactDetails details, Actor acting) {
        Customer current = customers.find(transaction, customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
        CustomerDraft extended = extended(current.details(), details);
        if (!extended.equals(current.details())) {
            customers.update(transaction, customerId, current.version(), extended, acting);
        }
        if (details.contact() != null) {
            customers.addContact(transaction, customerId, contactOf(details.contact()), acting);
        }
        return customers.info(transaction, customerId).orElseThrow();
    }

    @Override
    public CustomerInfo setMarketingConsent(long customerId, boolean consent) {
        customers.setMarketingConsent(customerId, consent, actor.writer("change customers"));
        return customers.info(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }

    @Override
    public TransactionInfo recordTransaction(DSLContext transaction, NewTransaction newTransaction) {
        Actor acting = actor.writer("record transactions");
        return PluginTableGuard.sdkWork(() -> {
            customers.find(transaction, newTransaction.customerId())
                    .orElseThrow(() -> new NotFoundException("Customer", newTransaction.customerId()));
            return SdkCustomerDirectory.toInfo(transactions.record(transaction, new TransactionDraft(
                    newTransaction.customerId(), newTransaction.kind(), newTransaction.amount(), newTransaction.currency(),
                    newTransaction.productId(), newTransaction.occurredAt(), "plugin:" + pluginId,
                    newTransaction.externalRef()), acting));
        });
    }

    /** {@code details} plus the emails, phones and tags of {@code added} it does not have yet. */
    private CustomerDraft extended(CustomerDraft details, ContactDetails added) {
        Set<String> knownEmails = details.emails().stream().map(email -> email.address().strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<EmailAddress> emails = new ArrayList<>(details.emails());
        for (String email : added.emails()) {
            if (email != null && knownEmails.add(email.strip().toLowerCase(Locale.ROOT))) {
                emails.add(new EmailAddress(ContactLabel.WORK, email.strip()));
            }
        }
        String region = customers.phoneRegionOf(details);
        Set<String> knownPhones = details.phones().stream()
                .map(phone -> customers.normalisePhone(phone.number(), region).map(PhoneNumbers.Normalised::e164Digits)
                        .orElse(phone.number()))
                .collect(Collectors.toSet());
        List<PhoneNumber> phones = new ArrayList<>(details.phones());
        for (String phone : added.phones()) {
            if (phone == null) {
                continue;
            }
            // An invalid number is kept as typed: the service's validation then names it.
            String key = customers.normalisePhone(phone, region).map(PhoneNumbers.Normalised::e164Digits).orElse(phone);
            if (knownPhones.add(key)) {
                phones.add(new PhoneNumber(ContactLabel.WORK, phone.strip()));
            }
        }
        Set<String> tags = new LinkedHashSet<>(details.tags());
        tags.addAll(added.tags());
        return new CustomerDraft(details.kind(), details.firstName(), details.lastName(), details.organisationName(),
                details.stage(), details.ownerId(), details.preferredLanguage(), details.currency(), details.timeZone(),
                details.marketingConsent(), emails, phones, details.addresses(), tags, details.notes());
    }

    private static CustomerDraft draftOf(NewCustomer customer) {
        return new CustomerDraft(customer.kind(), customer.firstName(), customer.lastName(), customer.organisationName(),
                customer.stage(), customer.ownerId(), customer.preferredLanguage(), customer.currency(),
                customer.timeZone(), customer.marketingConsent(),
                customer.emails().stream().map(email -> new EmailAddress(ContactLabel.WORK, email)).toList(),
                customer.phones().stream().map(phone -> new PhoneNumber(ContactLabel.WORK, phone)).toList(),
                customer.addresses().stream().map(address -> new PostalAddress(ContactLabel.WORK, address.street(),
                        address.postalCode(), address.city(), address.region(), address.countryCode())).toList(),
                customer.tags(), customer.notes());
    }

    private static ContactPersonDraft contactOf(NewContact contact) {
        return new ContactPersonDraft(contact.firstName(), contact.lastName(), contact.jobTitle(), contact.email(),
                contact.phone());
    }
}
