package dev.rapport.sdk.extension;

import dev.rapport.sdk.customer.CustomerInfo;
import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * Key facts about a customer shown in the header of the 360° view, beside the kernel's key figures: a lifetime
 * value, a churn risk band, the number of open service requests, the next planned visit.
 *
 * <p><b>Lifecycle:</b> asked each time a 360° view of a customer opens, for users of departments that use the
 * plugin only; facts disappear from views opened after the plugin stops.
 * <p><b>Threading:</b> {@link #facts} runs on a platform thread, not on the user's UI thread, concurrently with
 * the other plugins' contributions; there is no Vaadin session, so no current user
 * ({@link dev.rapport.sdk.security.Security#currentUser()} is empty): everything it needs is in its arguments.
 * Read the plugin's own, precomputed data (one indexed query), not a calculation over history.
 * <p><b>Budget:</b> the view waits for all contributions together at most a fraction of a second (300 ms): a
 * contribution that has not answered by then is left out of that view, interrupted, and the view says which
 * plugin's facts are missing.
 * <p><b>Failure:</b> if {@link #facts} throws, its facts are left out with the same note, the error is counted
 * on the Plugins page; the rest of the view works.
 *
 * @since 1.3.0
 */
public interface CustomerFacts extends ExtensionPoint {

    /**
     * The facts about one customer, in the order they are shown.
     *
     * @param customer the customer the view shows
     * @param locale the viewer's language, for the labels and values ({@link dev.rapport.sdk.Translations#get(Locale,
     *               String, Object...)})
     * @return the facts; empty when the plugin knows nothing about this customer
     */
    List<CustomerFact> facts(CustomerInfo customer, Locale locale);
}
