package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.html.Span;
import dev.rapport.platform.plugin.MissingContribution;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A quiet line saying which plugins' parts of the 360° view are not shown (too slow, or failed), so that a missing
 * fact or timeline entry is never mistaken for a fact that does not exist. Hidden while nothing is missing.
 */
final class MissingContributionsNote extends Span {

    private final String slowKey;
    private final String failedKey;

    MissingContributionsNote(String id, String slowKey, String failedKey) {
        this.slowKey = slowKey;
        this.failedKey = failedKey;
        setId(id);
        addClassName("contribution-missing");
        setVisible(false);
    }

    void show(List<MissingContribution> missing) {
        String slow = names(missing, true);
        String failed = names(missing, false);
        String text = String.join(" ", slow.isEmpty() ? "" : getTranslation(slowKey, slow),
                failed.isEmpty() ? "" : getTranslation(failedKey, failed)).strip();
        setText(text);
        setVisible(!text.isEmpty());
    }

    private static String names(List<MissingContribution> missing, boolean tooSlow) {
        return missing.stream().filter(part -> part.tooSlow() == tooSlow).map(MissingContribution::pluginId).distinct()
                .sorted().collect(Collectors.joining(", "));
    }
}
