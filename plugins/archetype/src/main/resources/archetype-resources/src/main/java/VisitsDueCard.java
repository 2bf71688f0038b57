package ${package};

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.HomeCard;
import dev.rapport.sdk.extension.HomeCardContent;
import dev.rapport.sdk.extension.KernelLinks;
import dev.rapport.sdk.security.UserInfo;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * "Visits due" on the home page: the planned visits from today up to the reminder days of the settings, each a link
 * to the customer's 360° view. {@link #load} reads everything on a platform thread; the returned content only
 * builds components on the UI thread.
 */
@Extension
public final class VisitsDueCard implements HomeCard {

    static final int SHOWN = 5;

    private final PluginContext context;
    private final VisitRepository visits;

    public VisitsDueCard(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public String titleKey() {
        return "${pluginId}.home.title";
    }

    @Override
    public HomeCardContent load(UserInfo user, Locale locale) {
        // The platform clock's zone: a card has no browser to ask for the user's.
        LocalDate today = LocalDate.now(context.clock());
        LocalDate last = today.plusDays(VisitsSettings.reminderDays(context.settings()));
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Line> due = visits.due(today, last, SHOWN).stream()
                .map(visit -> new Line(visit.customerId(), context.customers().find(visit.customerId())
                        .map(customer -> customer.displayName()).orElse(context.i18n().get(locale,
                                "${pluginId}.customerGone")) + " · " + days.format(visit.day())))
                .toList();
        String empty = context.i18n().get(locale, "${pluginId}.home.empty");
        return () -> render(due, empty);
    }

    private static Div render(List<Line> due, String empty) {
        Div body = new Div();
        body.setId("${pluginId}-due");
        if (due.isEmpty()) {
            body.add(new Paragraph(empty));
        }
        due.forEach(line -> body.add(new Div(new Anchor(KernelLinks.customer(line.customerId()), line.text()))));
        return body;
    }

    private record Line(long customerId, String text) {
    }
}
