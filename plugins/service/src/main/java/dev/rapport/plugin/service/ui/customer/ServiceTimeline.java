package dev.rapport.plugin.service.ui.customer;

import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The customer's service requests on their 360° timeline, at the time each was opened, with its current status.
 * (Replies to the customer are logged interactions and appear there by themselves.)
 */
@Extension
public final class ServiceTimeline implements CustomerTimeline {

    private final PluginContext context;
    private final RequestService requests;

    public ServiceTimeline(PluginContext context, RequestService requests) {
        this.context = context;
        this.requests = requests;
    }

    @Override
    public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
        List<ServiceRequest> page = requests.ofCustomerBefore(customerId, before == null ? null : before.occurredAt(),
                before == null ? 0 : before.id(), limit);
        return page.stream().map(request -> new TimelineItem(request.id(), request.openedAt(),
                context.i18n().get(locale, "service.timeline.kind"), "#" + request.id() + " " + request.subject(),
                context.i18n().get(locale, "service.enum.RequestStatus." + request.status().name()) + " · "
                        + context.i18n().get(locale, "service.enum.Priority." + request.priority().name()),
                null, ServiceNavigation.request(request.id()))).toList();
    }
}
