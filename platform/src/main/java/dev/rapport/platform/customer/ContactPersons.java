package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;

import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The contact persons of organisations as stored: their checks, rows and active flag. Permissions and transactions
 * are the {@link CustomerService}'s; this works in whatever {@code db} (a transaction or not) it is given.
 */
final class ContactPersons {

    private final DSLContext db;
    private final Clock clock;

    ContactPersons(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** An organisation's contact persons, the active ones first, by name. */
    List<ContactPerson> of(long customerId) {
        return db.selectFrom(CUSTOMER_CONTACT).where(CUSTOMER_CONTACT.CUSTOMER_ID.eq(customerId))
                .orderBy(CUSTOMER_CONTACT.ACTIVE.desc(), CUSTOMER_CONTACT.LAST_NAME, CUSTOMER_CONTACT.FIRST_NAME)
                .fetch(r -> new ContactPerson(r.getId(), r.getCustomerId(), r.getFirstName(), r.getLastName(),
                        r.getJobTitle(), r.getEmail(), r.getPhone(), Boolean.TRUE.equals(r.getActive())));
    }

    /** Stores a checked draft ({@link #validate}) as an active contact person of {@code customerId}. */
    ContactPerson insert(long customerId, ContactPersonDraft clean) {
        var record = db.newRecord(CUSTOMER_CONTACT);
        record.setCustomerId(customerId);
        record.setFirstName(clean.firstName());
        record.setLastName(clean.lastName());
        record.setJobTitle(clean.jobTitle());
        record.setEmail(clean.email());
        record.setPhone(clean.phone());
        record.setActive(true);
        record.setCreatedAt(clock.instant());
        record.store();
        return new ContactPerson(record.getId(), customerId, clean.firstName(), clean.lastName(), clean.jobTitle(),
                clean.email(), clean.phone(), true);
    }

    /** The organisation a contact person belongs to. */
    long customerOf(long contactId) {
        return db.select(CUSTOMER_CONTACT.CUSTOMER_ID).from(CUSTOMER_CONTACT).where(CUSTOMER_CONTACT.ID.eq(contactId))
                .fetchOptional(CUSTOMER_CONTACT.CUSTOMER_ID).orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    /** Contacts are never deleted (interactions refer to them); one who left is marked inactive. */
    void setActive(long contactId, boolean active) {
        int updated = db.update(CUSTOMER_CONTACT).set(CUSTOMER_CONTACT.ACTIVE, active)
                .where(CUSTOMER_CONTACT.ID.eq(contactId)).execute();
        if (updated == 0) {
            throw new NotFoundException("Contact", contactId);
        }
    }

    /**
     * The draft with its texts stripped, its email address normalised and its phone number in international form
     * (read in {@code phoneRegion} when typed without +).
     *
     * @throws ValidationException naming each invalid field
     */
    static ContactPersonDraft validate(ContactPersonDraft draft, String phoneRegion) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "firstName", draft.firstName(), CustomerValidator.MAX_NAME);
        TextRules.requireText(errors, "lastName", draft.lastName(), CustomerValidator.MAX_NAME);
        TextRules.optionalText(errors, "jobTitle", draft.jobTitle(), 100);
        String email = blankToNull(draft.email());
        if (email != null && !EmailAddresses.isValid(email)) {
            errors.add(FieldError.of("email", "validation.email", email));
        }
        String phone = blankToNull(draft.phone());
        Optional<PhoneNumbers.Normalised> normalisedPhone = PhoneNumbers.normalise(phone, phoneRegion);
        if (phone != null && normalisedPhone.isEmpty()) {
            errors.add(FieldError.of("phone", "validation.phone", phone));
        }
        ValidationException.throwIfAny(errors);
        return new ContactPersonDraft(draft.firstName().strip(), draft.lastName().strip(), blankToNull(draft.jobTitle()),
                email == null ? null : EmailAddresses.normalise(email),
                normalisedPhone.map(PhoneNumbers.Normalised::international).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
