package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.contract.AgreementTerm;
import dev.rapport.plugin.retention.contract.ContractEnds;
import dev.rapport.plugin.retention.model.ChurnFactor;
import dev.rapport.sdk.Translations;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A customer's churn reasons in words. The contract-ends reason names the service agreement behind it ("Agreement
 * "Premium support" ends on 7 Jan 2027"), and an agreement about to end without renewal is named even when the model
 * did not rank contract ends among the customer's top reasons: a leading signal the history the model learnt from
 * may hold too few of, and one the customer's owner should see in time. Stateless.
 */
public final class ReasonWords {

    private ReasonWords() {
    }

    /**
     * The reasons joined by "; ".
     *
     * @param agreement the customer's agreement to name ({@link ContractEnds#notable}), or null
     * @param today     the day the agreement's end is told against (it "ends" or "ended")
     */
    public static String of(Translations i18n, Locale locale, List<ChurnFactor> reasons, AgreementTerm agreement,
                            LocalDate today) {
        List<String> words = new ArrayList<>(reasons.size() + 1);
        for (ChurnFactor factor : reasons) {
            words.add(factor == ChurnFactor.CONTRACT_ENDS && agreement != null
                    ? agreement(i18n, locale, agreement, today) : i18n.get(locale, "retention.reason." + factor.code()));
        }
        if (agreement != null && !reasons.contains(ChurnFactor.CONTRACT_ENDS) && ContractEnds.upcoming(agreement, today)) {
            words.add(agreement(i18n, locale, agreement, today));
        }
        return String.join("; ", words);
    }

    private static String agreement(Translations i18n, Locale locale, AgreementTerm agreement, LocalDate today) {
        String key = ContractEnds.upcoming(agreement, today) ? "retention.reason.agreement-ends"
                : "retention.reason.agreement-ended";
        return i18n.get(locale, key, agreement.name(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(agreement.lastDay()));
    }
}
