package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.CustomerFacts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * "Next visit" in the header of the customer's 360° view. It runs on a platform thread within a budget of a few
 * hundred milliseconds, without a signed-in user: one indexed query, texts in the viewer's {@code locale}.
 */
@Extension
public final class NextVisitFact implements CustomerFacts {

    private final PluginContext context;
    private final VisitRepository visits;

    public NextVisitFact(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public List<CustomerFact> facts(CustomerInfo customer, Locale locale) {
        return visits.nextPlanned(customer.id()).map(day -> List.of(fact(day, locale))).orElse(List.of());
    }

    private CustomerFact fact(LocalDate day, Locale locale) {
        boolean overdue = day.isBefore(LocalDate.now(context.clock()));
        return new CustomerFact(context.i18n().get(locale, "${pluginId}.fact.next"),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day),
                overdue ? CustomerFact.Tone.WARNING : CustomerFact.Tone.NEUTRAL,
                overdue ? context.i18n().get(locale, "${pluginId}.fact.overdue") : null);
    }
}
