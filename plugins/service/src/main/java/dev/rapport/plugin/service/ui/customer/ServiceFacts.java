package dev.rapport.plugin.service.ui.customer;

import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.CustomerFacts;
import dev.rapport.plugin.service.survey.SurveyKind;
import dev.rapport.plugin.service.survey.SurveyService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** The 360° view's header facts: how many service requests of the customer are open, their CSAT and last NPS. */
@Extension
public final class ServiceFacts implements CustomerFacts {

    private final PluginContext context;
    private final RequestService requests;
    private final SurveyService surveys;

    public ServiceFacts(PluginContext context, RequestService requests, SurveyService surveys) {
        this.context = context;
        this.requests = requests;
        this.surveys = surveys;
    }

    @Override
    public List<CustomerFact> facts(CustomerInfo customer, Locale locale) {
        int open = requests.openCount(customer.id());
        List<CustomerFact> facts = new ArrayList<>();
        facts.add(new CustomerFact(context.i18n().get(locale, "service.fact.open"), String.valueOf(open),
                open == 0 ? CustomerFact.Tone.GOOD : CustomerFact.Tone.WARNING, null));
        SurveyService.CustomerScores scores = surveys.scoresOf(customer.id());
        scores.csatAverage().ifPresent(average -> facts.add(new CustomerFact(context.i18n().get(locale,
                "service.fact.csat"), String.format(locale, "%.1f / 5", average), average >= 4 ? CustomerFact.Tone.GOOD
                : average > SurveyKind.CSAT.detractorUpTo() ? CustomerFact.Tone.NEUTRAL : CustomerFact.Tone.BAD,
                context.i18n().get(locale, "service.fact.csatAnswers", scores.csatAnswers()))));
        scores.lastNps().ifPresent(nps -> facts.add(new CustomerFact(context.i18n().get(locale, "service.fact.nps"),
                nps + " / 10", nps >= 9 ? CustomerFact.Tone.GOOD : SurveyKind.NPS.isDetractor(nps)
                ? CustomerFact.Tone.BAD : CustomerFact.Tone.NEUTRAL, null)));
        return facts;
    }
}
