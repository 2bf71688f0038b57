package dev.rapport.sdk.extension;

import dev.rapport.sdk.security.UserInfo;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A card on the home page people see after signing in, beside the kernel's (their tasks, today's appointments, recent
 * customers, their department's figures): "my open leads", "requests waiting for me", "visits today".
 *
 * <p><b>Lifecycle:</b> asked each time a home page opens, for users of departments that use the plugin only
 * (administrators see every plugin's cards); cards disappear from home pages opened after the plugin stops.
 * <p><b>Threading:</b> in two steps. {@link #load} runs on a platform thread, not on the user's UI thread,
 * concurrently with the other cards; there is no Vaadin session, so no current user
 * ({@link dev.rapport.sdk.security.Security#currentUser()} is empty): the user and their language are its arguments.
 * It reads what the card shows (a few indexed queries) and returns a {@link HomeCardContent}, whose
 * {@link HomeCardContent#render()} then runs on the UI thread, holding the session lock, and only builds components
 * from what was loaded: it must not query.
 * <p><b>Ordering:</b> by {@link #order()}, then by plugin id, after the kernel's cards.
 * <p><b>Budget:</b> the home page waits for all cards' {@link #load} together at most a fraction of a second
 * (500 ms): a card that has not answered by then is left out of that page, interrupted, and the page says which
 * plugin's card is missing; the rest of the page is not held up longer.
 * <p><b>Failure:</b> if {@link #load} or {@link HomeCardContent#render()} throws, the card is left out with the same
 * note and the error is counted on the Plugins page; the rest of the page works.
 *
 * @since 1.3.0
 */
public interface HomeCard extends ExtensionPoint {

    /**
     * The i18n key of the card's title.
     *
     * @return the key, from the plugin's bundle
     */
    String titleKey();

    /**
     * The card's position among the plugins' cards; lower first.
     *
     * @return the order, 100 by default
     */
    default int order() {
        return 100;
    }

    /**
     * Loads what the card shows to {@code user}.
     *
     * @param user who signed in, with their role and departments
     * @param locale their language, for texts ({@link dev.rapport.sdk.Translations#get(Locale, String, Object...)})
     * @return how to draw the loaded data on the UI thread
     */
    HomeCardContent load(UserInfo user, Locale locale);
}
