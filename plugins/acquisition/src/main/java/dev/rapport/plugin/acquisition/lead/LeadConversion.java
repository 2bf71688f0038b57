package dev.rapport.plugin.acquisition.lead;

import dev.rapport.plugin.acquisition.campaign.CampaignRepository;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.event.LeadConverted;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.NewAddress;
import dev.rapport.sdk.customer.NewContact;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Turns a lead into a customer, all in one transaction: creates the customer through the kernel (or adds the
 * lead's contact data to an existing one), carries the lead's contacts over into the customer's interaction log
 * (as recorded by whoever recorded them), gives the lead's campaign responses to the customer, closes the lead as
 * converted with the link to its customer, and publishes {@link LeadConverted}. If any step is refused, nothing
 * of it is stored.
 */
public final class LeadConversion {

    private final PluginContext context;
    private final LeadPermissions permissions;

    public LeadConversion(PluginContext context) {
        this.context = context;
        this.permissions = new LeadPermissions(context.security());
    }

    /** Converts the lead; returns the customer's id. */
    public long convert(long leadId, ConversionRequest request) {
        return context.dsl().transactionResult(configuration -> convert(configuration.dsl(), leadId, request));
    }

    /**
     * {@link #convert(long, ConversionRequest)} in the caller's transaction {@code tx}: the customer, the carried-over
     * history and the closed lead are stored when the caller commits, or not at all.
     */
    public long convert(DSLContext tx, long leadId, ConversionRequest request) {
        context.security().requireRole(Role.AGENT, "convert leads");
        LeadRepository leads = new LeadRepository(tx);
        Lead lead = leads.lock(leadId);
        permissions.requireEdit(lead, "convert leads");
        if (!lead.status().isOpen()) {
            throw new ValidationException(List.of(FieldError.of("status", "acquisition.validation.notConvertible")));
        }
        CustomerInfo customer = switch (request) {
            case ConversionRequest.ToNewCustomer create -> context.customerEditor().create(tx, newCustomer(tx, lead, create));
            case ConversionRequest.IntoExistingCustomer existing -> {
                if (context.customers().find(existing.customerId()).isEmpty()) {
                    throw new NotFoundException("Customer", existing.customerId());
                }
                yield context.customerEditor().addContactDetails(tx, existing.customerId(), contactDetails(lead,
                        context.customers().find(existing.customerId()).orElseThrow().kind()));
            }
        };
        for (LeadInteraction contact : new LeadInteractionRepository(tx).forLead(leadId)) {
            context.interactions().appendRecordedBy(tx, new NewInteraction(customer.id(), null, contact.channel(),
                    contact.direction(), contact.subject(), contact.notes(), contact.outcome(), contact.occurredAt()),
                    contact.recordedBy());
        }
        new ResponseRepository(tx).assignCustomer(leadId, customer.id());
        leads.markConverted(leadId, customer.id(), context.clock().instant());
        context.events().publish(tx, new LeadConverted(customer.id(), leadId, lead.campaignId(),
                request instanceof ConversionRequest.ToNewCustomer));
        return customer.id();
    }

    private NewCustomer newCustomer(DSLContext tx, Lead lead, ConversionRequest.ToNewCustomer request) {
        boolean organisation = request.kind() == CustomerKind.ORGANISATION;
        if (organisation && lead.company() == null) {
            throw new ValidationException(List.of(FieldError.of("kind", "acquisition.validation.noCompany")));
        }
        if (!organisation && lead.lastName() == null) {
            throw new ValidationException(List.of(FieldError.of("kind", "acquisition.validation.noPerson")));
        }
        List<String> emails = lead.email() == null ? List.of() : List.of(lead.email());
        List<String> phones = lead.phone() == null ? List.of() : List.of(lead.phone());
        List<NewAddress> addresses = lead.street() != null && lead.city() != null && lead.countryCode() != null
                ? List.of(new NewAddress(lead.street(), lead.postalCode(), lead.city(), null, lead.countryCode()))
                : List.of();
        List<NewContact> contacts = organisation && hasFullName(lead) ? List.of(contact(lead)) : List.of();
        String campaign = lead.campaignId() == null ? null
                : new CampaignRepository(tx).find(lead.campaignId()).map(found -> found.name()).orElse(null);
        String notes = campaign == null
                ? context.i18n().get(Locale.ENGLISH, "acquisition.conversion.note", lead.id())
                : context.i18n().get(Locale.ENGLISH, "acquisition.conversion.noteCampaign", lead.id(), campaign);
        return new NewCustomer(request.kind(), organisation ? null : lead.firstName(),
                organisation ? null : lead.lastName(), organisation ? lead.company() : null, request.stage(),
                request.ownerId(), request.preferredLanguage(), request.currency(), request.timeZone(),
                lead.marketingConsent(), emails, phones, addresses, Set.of(), notes, contacts);
    }

    private static ContactDetails contactDetails(Lead lead, CustomerKind kind) {
        List<String> emails = lead.email() == null ? List.of() : List.of(lead.email());
        List<String> phones = lead.phone() == null ? List.of() : List.of(lead.phone());
        NewContact contact = kind == CustomerKind.ORGANISATION && hasFullName(lead) ? contact(lead) : null;
        return new ContactDetails(contact == null ? emails : List.of(), contact == null ? phones : List.of(), Set.of(),
                contact);
    }

    /** The kernel keeps contact persons with first and last name only. */
    private static boolean hasFullName(Lead lead) {
        return lead.firstName() != null && lead.lastName() != null;
    }

    private static NewContact contact(Lead lead) {
        return new NewContact(lead.firstName(), lead.lastName(), lead.jobTitle(), lead.email(), lead.phone());
    }
}
