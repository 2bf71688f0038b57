package dev.rapport.platform.customer;

import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.List;

/**
 * A draft checked by the rules every save applies ({@link CustomerService#check}): either its problems, or
 * valid with its phone numbers already normalised for storing. Only the service makes one, so a valid
 * instance proves the check ran.
 */
public final class CheckedDraft {

    private final CustomerDraft draft;
    private final List<FieldError> errors;
    private final List<PhoneNumbers.Normalised> phones;

    private CheckedDraft(CustomerDraft draft, List<FieldError> errors, List<PhoneNumbers.Normalised> phones) {
        this.draft = draft;
        this.errors = List.copyOf(errors);
        this.phones = List.copyOf(phones);
    }

    static CheckedDraft invalid(CustomerDraft draft, List<FieldError> errors) {
        return new CheckedDraft(draft, errors, List.of());
    }

    /** @param phones the draft's phone numbers normalised, in the draft's order */
    static CheckedDraft valid(CustomerDraft draft, List<PhoneNumbers.Normalised> phones) {
        return new CheckedDraft(draft, List.of(), phones);
    }

    public CustomerDraft draft() {
        return draft;
    }

    /** Every problem found, in the order found; empty when the draft is valid. */
    public List<FieldError> errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The phone numbers as they are stored (and compared for duplicates); empty when invalid. */
    public List<PhoneNumbers.Normalised> phones() {
        return phones;
    }

    /** This draft when valid; otherwise throws its problems. */
    CheckedDraft orThrow() {
        ValidationException.throwIfAny(errors);
        return this;
    }
}
