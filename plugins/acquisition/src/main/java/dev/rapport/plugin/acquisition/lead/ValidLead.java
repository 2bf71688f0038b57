package dev.rapport.plugin.acquisition.lead;

/**
 * A lead draft that passed validation: texts stripped (blank ones null), the phone number in international
 * format with its digits, the country in upper case, and the name key the duplicate check compares.
 */
public record ValidLead(LeadDraft draft, String phone, String phoneDigits, String nameKey) {

    public String email() {
        return draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
    }
}
