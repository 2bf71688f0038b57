package dev.rapport.plugin.service.ui.customer;

import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.CustomerFacts;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** The 360° view's header fact: how many service requests of the customer are open. */
@Extension
public final class ServiceFacts implements CustomerFacts {

    private final PluginContext context;
    private final RequestService requests;

    public ServiceFacts(PluginContext context, RequestService requests) {
        this.context = context;
        this.requests = requests;
    }

    @Override
    public List<CustomerFact> facts(CustomerInfo customer, Locale locale) {
        int open = requests.openCount(customer.id());
        return List.of(new CustomerFact(context.i18n().get(locale, "service.fact.open"), String.valueOf(open),
                open == 0 ? CustomerFact.Tone.GOOD : CustomerFact.Tone.WARNING, null));
    }
}
