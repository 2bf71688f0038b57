package dev.rapport.plugin.fieldservice.ui.customer;

import dev.rapport.plugin.fieldservice.ui.FieldNavigation;
import dev.rapport.plugin.fieldservice.workorder.HistoryEntry;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pf4j.Extension;

/** Every status change of the customer's work orders on their timeline: "#12 Boiler does not heat: Completed". */
@Extension
public final class FieldTimeline implements CustomerTimeline {

    private final PluginContext context;
    private final WorkOrderService workOrders;

    public FieldTimeline(PluginContext context, WorkOrderService workOrders) {
        this.context = context;
        this.workOrders = workOrders;
    }

    @Override
    public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
        List<HistoryEntry> page = workOrders.historyOfCustomer(customerId, before == null ? null : before.occurredAt(),
                before == null ? 0 : before.id(), limit);
        Map<Long, String> titles = new HashMap<>();
        return page.stream().map(entry -> new TimelineItem(entry.id(), entry.occurredAt(),
                context.i18n().get(locale, "fieldservice.timeline.kind"),
                "#" + entry.workOrderId() + " " + titles.computeIfAbsent(entry.workOrderId(),
                        id -> workOrders.find(id).map(WorkOrder::title).orElse("")) + ": "
                        + context.i18n().get(locale, "fieldservice.enum.WorkOrderStatus." + entry.status().name()),
                null, entry.detail(), FieldNavigation.ORDERS)).toList();
    }
}
