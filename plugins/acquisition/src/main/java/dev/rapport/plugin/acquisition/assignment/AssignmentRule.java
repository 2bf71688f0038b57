package dev.rapport.plugin.acquisition.assignment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who gets the leads a rule takes: one user, or a department whose members get them in turn (round-robin). The
 * first active rule that matches a lead, by position, decides.
 *
 * @param countryCodes comma-separated country codes of a territory rule, else null
 * @param productId the product of a product-interest rule, else null
 * @param userId the user who gets the leads, or null when the department's members take turns
 * @param departmentId the department whose members take turns (its queue when it has none), or null
 */
public record AssignmentRule(long id, int position, AssignmentKind kind, String countryCodes, Long productId,
                             Long userId, Long departmentId, boolean active) {

    /** The territory's country codes, upper case. */
    public Set<String> countries() {
        if (countryCodes == null) {
            return Set.of();
        }
        return Arrays.stream(countryCodes.split("[,\\s]+")).map(code -> code.strip().toUpperCase(Locale.ROOT))
                .filter(code -> !code.isEmpty()).collect(Collectors.toSet());
    }
}
