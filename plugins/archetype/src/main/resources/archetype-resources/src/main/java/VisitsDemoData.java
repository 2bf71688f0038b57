package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo data, made once on a demo installation's first start (see {@link VisitsPlugin#start()} and
 * {@code PluginContext.makeDemoDataOnce}, which guards against a second run, also on a cluster): a visit done last
 * week at each of the first demo customers, so the tab, the timeline and the metric show something at once.
 */
final class VisitsDemoData {

    static final int CUSTOMERS = 10;

    private final PluginContext context;
    private final VisitRepository visits;

    VisitsDemoData(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    void make() {
        LocalDate lastWeek = LocalDate.now(context.clock()).minusWeeks(1);
        List<CustomerInfo> customers = context.customers().list(CustomerQuery.ALL, null, CUSTOMERS);
        for (CustomerInfo customer : customers) {
            visits.record(customer.id(), lastWeek, context.i18n().get("${pluginId}.demo.note"), lastWeek);
        }
    }
}
