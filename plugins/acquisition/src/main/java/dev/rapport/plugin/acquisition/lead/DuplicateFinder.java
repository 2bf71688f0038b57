package dev.rapport.plugin.acquisition.lead;

import dev.rapport.plugin.acquisition.support.Texts;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.CustomerInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The duplicate check at capture: existing leads and customers with the same email address, the same phone number
 * or the same normalised name (person's "first last", or the company's name). Email and phone numbers are compared
 * as the kernel stores them, names without case, accents and punctuation.
 */
public final class DuplicateFinder {

    private static final int LIMIT = 10;

    private final CustomerDirectory customers;

    public DuplicateFinder(CustomerDirectory customers) {
        this.customers = customers;
    }

    /** Leads (other than {@code exceptLeadId}) and customers that may be the same as {@code lead}, strongest match first. */
    public List<DuplicateMatch> find(DSLContext db, ValidLead lead, long exceptLeadId) {
        Map<String, DuplicateMatch> matches = new LinkedHashMap<>();
        String companyKey = Texts.nameKey(lead.draft().company());
        for (Lead other : new LeadRepository(db).matching(lead.email(), lead.phoneDigits(), lead.nameKey(), LIMIT)) {
            if (other.id() != exceptLeadId) {
                DuplicateMatch.Reason reason = lead.email() != null && lead.email().equalsIgnoreCase(other.email())
                        ? DuplicateMatch.Reason.EMAIL
                        : lead.phone() != null && lead.phone().equals(other.phone()) ? DuplicateMatch.Reason.PHONE
                        : DuplicateMatch.Reason.NAME;
                add(matches, new DuplicateMatch(DuplicateMatch.Kind.LEAD, other.id(), other.displayName(), reason));
            }
        }
        if (lead.email() != null) {
            customers.findByEmailOrPhone(lead.email(), null, LIMIT).forEach(customer -> add(matches,
                    customerMatch(customer, DuplicateMatch.Reason.EMAIL)));
        }
        if (lead.phone() != null) {
            customers.findByEmailOrPhone(null, lead.phone(), LIMIT).forEach(customer -> add(matches,
                    customerMatch(customer, DuplicateMatch.Reason.PHONE)));
        }
        for (String name : names(lead)) {
            for (CustomerInfo customer : customers.search(name, LIMIT)) {
                String key = Texts.nameKey(customer.displayName());
                if (key.equals(lead.nameKey()) || (!companyKey.isEmpty() && key.equals(companyKey))) {
                    add(matches, customerMatch(customer, DuplicateMatch.Reason.NAME));
                }
            }
        }
        return matches.values().stream().sorted(Comparator.comparing(DuplicateMatch::reason)).toList();
    }

    /** The names to search customers by: the person's "First Last" and the company. */
    private static List<String> names(ValidLead lead) {
        List<String> names = new ArrayList<>();
        LeadDraft draft = lead.draft();
        if (draft.lastName() != null) {
            names.add(((draft.firstName() == null ? "" : draft.firstName()) + " " + draft.lastName()).strip());
        }
        if (draft.company() != null) {
            names.add(draft.company());
        }
        return names;
    }

    private static DuplicateMatch customerMatch(CustomerInfo customer, DuplicateMatch.Reason reason) {
        return new DuplicateMatch(DuplicateMatch.Kind.CUSTOMER, customer.id(), customer.displayName(), reason);
    }

    /** Keeps the strongest reason per lead or customer. */
    private static void add(Map<String, DuplicateMatch> matches, DuplicateMatch match) {
        matches.merge(match.kind() + ":" + match.id(), match,
                (known, added) -> added.reason().compareTo(known.reason()) < 0 ? added : known);
    }
}
