package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The visits done, on the customer's timeline in the 360° view, merged by the platform with the kernel's
 * interactions and transactions. The platform pages the timeline: each call asks for entries older than
 * {@code before}, which the repository answers with one keyset query.
 */
@Extension
public final class VisitsTimeline implements CustomerTimeline {

    private final PluginContext context;
    private final VisitRepository visits;

    public VisitsTimeline(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String kind = context.i18n().get(locale, "${pluginId}.timeline.kind");
        return visits.doneBefore(customerId, before, limit).stream()
                .map(visit -> new TimelineItem(visit.id(), visit.recordedAt(), kind, visit.note(),
                        days.format(visit.day()), null, null))
                .toList();
    }
}
