package dev.rapport.plugin.service.ui.customer;

import dev.rapport.plugin.service.rma.Rma;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The customer's returns on their 360° timeline, when each was requested, with where it stands (a refund also
 * appears there as the customer's transaction, recorded through the kernel).
 */
@Extension
public final class RmaTimeline implements CustomerTimeline {

    private final PluginContext context;
    private final RmaService rmas;

    public RmaTimeline(PluginContext context, RmaService rmas) {
        this.context = context;
        this.rmas = rmas;
    }

    @Override
    public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
        List<Rma> page = rmas.ofCustomerBefore(customerId, before == null ? null : before.occurredAt(),
                before == null ? 0 : before.id(), limit);
        return page.stream().map(rma -> new TimelineItem(rma.id(), rma.requestedAt(),
                context.i18n().get(locale, "service.rma.timeline.kind"),
                context.i18n().get(locale, "service.rma.number", rma.id()) + " · " + rma.reason(),
                context.i18n().get(locale, "service.enum.RmaStatus." + rma.status().name())
                        + (rma.outcome() == null ? "" : " · "
                        + context.i18n().get(locale, "service.enum.InspectionOutcome." + rma.outcome().name())),
                rma.decisionReason(), ServiceNavigation.request(rma.requestId()))).toList();
    }
}
