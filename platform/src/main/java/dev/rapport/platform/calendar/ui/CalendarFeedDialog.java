package dev.rapport.platform.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.rapport.platform.calendar.CalendarFeedServlet;
import dev.rapport.platform.calendar.CalendarFeeds;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.Formats;
import java.net.URI;

/**
 * The person's calendar subscription link: make one (shown only then, since only its hash is kept), make a new
 * one (the old one stops working), or revoke it.
 */
final class CalendarFeedDialog extends Dialog {

    private final CalendarFeeds feeds;
    private final Actor actor;
    private final Formats formats;
    private final Paragraph state = new Paragraph();
    private final TextField link = new TextField();
    private final Button revoke;

    CalendarFeedDialog(CalendarFeeds feeds, Actor actor, Formats formats) {
        this.feeds = feeds;
        this.actor = actor;
        this.formats = formats;
        setId("calendar-feed-dialog");
        setHeaderTitle(getTranslation("calendar.feed"));
        setWidth("36em");
        link.setId("calendar-feed-link");
        link.setLabel(getTranslation("calendar.feedLink"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        state.setId("calendar-feed-state");
        add(new Paragraph(getTranslation("calendar.feedHelp")), state, link);
        Button create = new Button(getTranslation("calendar.feedCreate"), click -> create());
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revoke = new Button(getTranslation("calendar.feedRevoke"), click -> {
            feeds.revoke(actor);
            link.setVisible(false);
            showState();
        });
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("form.close"), click -> close()), revoke, create);
        showState();
    }

    private void create() {
        String secret = feeds.regenerate(actor);
        link.setValue(base().resolve(CalendarFeedServlet.PREFIX.substring(1) + secret + ".ics").toString());
        link.setVisible(true);
        showState();
    }

    private void showState() {
        var created = feeds.createdAt(actor);
        state.setText(created.map(at -> getTranslation("calendar.feedActive", formats.dateTime(at)))
                .orElseGet(() -> getTranslation("calendar.feedNone")));
        revoke.setEnabled(created.isPresent());
    }

    /** The address the browser reached the product at (the feed is served beside the UI). */
    private static URI base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        URI url = URI.create(request.getRequestURL().toString());
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + request.getContextPath() + "/");
    }
}
