package dev.rapport.plugin.service.ui.customer;

import dev.rapport.plugin.service.survey.Survey;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** The customer's survey answers on their 360° timeline (the invitations are logged interactions already). */
@Extension
public final class SurveyTimeline implements CustomerTimeline {

    private final PluginContext context;
    private final SurveyService surveys;

    public SurveyTimeline(PluginContext context, SurveyService surveys) {
        this.context = context;
        this.surveys = surveys;
    }

    @Override
    public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
        List<Survey> page = surveys.answeredBefore(customerId, before == null ? null : before.occurredAt(),
                before == null ? 0 : before.id(), limit);
        return page.stream().map(survey -> new TimelineItem(survey.id(), survey.answeredAt(),
                context.i18n().get(locale, "service.survey.timeline.kind." + survey.kind()),
                context.i18n().get(locale, "service.survey.timeline.subject", survey.score(), survey.kind().max()),
                survey.kind().isDetractor(survey.score()) ? context.i18n().get(locale, "service.survey.detractor") : null,
                survey.comment(), survey.requestId() == null ? null : ServiceNavigation.request(survey.requestId())))
                .toList();
    }
}
