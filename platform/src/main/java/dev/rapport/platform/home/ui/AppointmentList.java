package dev.rapport.platform.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.calendar.CalendarEntry;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.sdk.interaction.Channel;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Today's appointments as a short list, by start: the time from and to in the user's time zone, the channel (meeting,
 * call, visit), the subject and the customer, linked to the customer's 360° view where the appointment is prepared.
 */
final class AppointmentList extends Div {

    AppointmentList(String id, List<CalendarEntry> appointments, Formats formats) {
        setId(id);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formats.locale())
                .withZone(formats.zone());
        for (CalendarEntry appointment : appointments) {
            Span when = new Span(time.format(appointment.startsAt()) + "–" + time.format(appointment.endsAt()) + " ");
            when.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            String what = EnumLabels.<Channel>of(this).apply(appointment.channel()) + ": " + appointment.title();
            Anchor link = HomeCardFrame.link("customers/" + appointment.customerId(),
                    appointment.customerName() == null ? what : what + " · " + appointment.customerName());
            link.setId(id + "-" + appointment.id());
            Div row = new Div(when, link);
            row.addClassNames("home-appointment", LumoUtility.Padding.Vertical.XSMALL);
            add(row);
        }
    }
}
