package dev.rapport.plugin.acquisition.capture;

import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadValidator;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.UnmatchedMailAction;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pf4j.Extension;

/**
 * "Turn into a lead" on the kernel's unmatched-mail page: mail from an unknown sender becomes a lead with the sender's
 * address, a name read from the address ({@code jane.doe@…} gives Jane Doe; the agent corrects it on the lead), and
 * the subject and text as its notes; the capture is logged as an email interaction recorded by the agent, then scored
 * and assigned by the rules as every capture is. An open lead with the same address is updated instead of doubled.
 */
@Extension
public final class MailToLead implements UnmatchedMailAction {

    private static final int MAX_DETAIL = 200;

    private final PluginContext context;
    private final LeadCapture capture;

    public MailToLead(PluginContext context, LeadCapture capture) {
        this.context = context;
        this.capture = capture;
    }

    @Override
    public String labelKey() {
        return "acquisition.mail.toLead";
    }

    @Override
    public String apply(Mail mail) {
        String[] name = nameOf(mail.fromAddress());
        String subject = mail.subject() == null || mail.subject().isBlank() ? null : mail.subject().strip();
        String notes = join(subject, mail.textBody());
        LeadDraft draft = new LeadDraft(name[0], name[1], null, null, mail.fromAddress(), null, null, null, null, null,
                null, false, LeadSource.OTHER, cut(context.i18n().get(Locale.ENGLISH, "acquisition.capture.email",
                subject == null ? "" : subject), MAX_DETAIL), null, cut(notes, LeadValidator.MAX_NOTES), Set.of());
        Long agent = context.security().currentUser().map(UserInfo::id).orElse(null);
        CaptureOrigin origin = new CaptureOrigin(Channel.EMAIL, context.i18n().get(Locale.ENGLISH,
                "acquisition.capture.email", subject == null ? "" : subject), mail.textBody(), agent, null);
        CaptureResult result = context.dsl().transactionResult(configuration -> capture.capture(configuration.dsl(),
                draft, origin, DuplicatePolicy.UPDATE_OPEN_LEAD_WITH_SAME_EMAIL));
        CaptureResult.Captured captured = (CaptureResult.Captured) result;
        String fullName = String.join(" ", name[0] == null ? "" : name[0], name[1]).strip();
        return context.i18n().get(captured.existing() ? "acquisition.mail.leadUpdated" : "acquisition.mail.leadMade",
                captured.leadId(), fullName);
    }

    /** First and last name from an address's local part: "jane.doe" gives Jane, Doe; "info" gives null, Info. */
    static String[] nameOf(String address) {
        String local = address == null || address.indexOf('@') <= 0 ? "unknown"
                : address.substring(0, address.indexOf('@'));
        List<String> words = new ArrayList<>();
        for (String word : local.split("[._+\\-]+")) {
            if (!word.isBlank() && word.chars().noneMatch(Character::isDigit)) {
                words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            words.add(local.length() > 100 ? local.substring(0, 100) : local);
        }
        String last = words.getLast();
        String first = words.size() == 1 ? null : String.join(" ", words.subList(0, words.size() - 1));
        return new String[] {first, last};
    }

    private static String join(String subject, String body) {
        if (subject == null) {
            return body;
        }
        return body == null || body.isBlank() ? subject : subject + "\n\n" + body.strip();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
