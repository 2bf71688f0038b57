package dev.rapport.plugin.retention.ui;

import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.score.ReasonWords;
import dev.rapport.plugin.retention.score.RiskBand;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.CustomerFacts;
import dev.rapport.sdk.ui.Formats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The 360° header's retention facts: value (margin to date), predicted lifetime value, churn risk band with its top
 * reasons, and RFM class; a customer without purchases gets "not enough history" instead of numbers. An indexed read
 * of the score, and one of the customer's agreements when the risk is shown.
 */
@Extension
public final class RetentionFacts implements CustomerFacts {

    private final PluginContext context;
    private final ScoreRepository scores;
    private final ContractRepository contracts;

    public RetentionFacts(PluginContext context, ScoreRepository scores, ContractRepository contracts) {
        this.context = context;
        this.scores = scores;
        this.contracts = contracts;
    }

    @Override
    public List<CustomerFact> facts(CustomerInfo customer, Locale locale) {
        StoredScore score = scores.find(customer.id()).orElse(null);
        if (score == null) {
            return List.of();
        }
        if (score.noHistory()) {
            return List.of(CustomerFact.of(text(locale, "retention.fact.value"), text(locale, "retention.fact.notEnough")));
        }
        Formats formats = new Formats(locale, ZoneOffset.UTC);
        String value = formats.money(score.margin(), score.currency());
        String lifetime = score.lifetimeValue() == null ? text(locale, "retention.fact.notEnough")
                : formats.money(score.lifetimeValue(), score.currency());
        CustomerFact rfm = CustomerFact.of(text(locale, "retention.fact.rfm"), text(locale, "retention.rfm."
                + score.rfmClass().value()));
        if (score.band() == null) {
            return List.of(CustomerFact.of(text(locale, "retention.fact.value"), value),
                    CustomerFact.of(text(locale, "retention.fact.clv"), lifetime), rfm);
        }
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        String reasons = ReasonWords.of(context.i18n(), locale, score.reasons(),
                contracts.notable(customer.id(), today).orElse(null), today);
        CustomerFact risk = new CustomerFact(text(locale, "retention.fact.risk"), text(locale, "retention.band."
                + score.band().value()), score.band() == RiskBand.HIGH ? CustomerFact.Tone.BAD
                : score.band() == RiskBand.MEDIUM ? CustomerFact.Tone.WARNING : CustomerFact.Tone.GOOD,
                reasons.isEmpty() ? null : reasons);
        return List.of(CustomerFact.of(text(locale, "retention.fact.value"), value),
                CustomerFact.of(text(locale, "retention.fact.clv"), lifetime), risk, rfm);
    }

    private String text(Locale locale, String key) {
        return context.i18n().get(locale, key);
    }
}
