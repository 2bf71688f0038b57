package dev.rapport.sdk.extension;

import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * Entries a plugin adds to a customer's timeline on the 360° view (a request opened, an offer accepted, a visit
 * done), merged by the platform with the kernel's interactions and transactions, newest first.
 *
 * <p><b>Paging:</b> the timeline is loaded page by page as the user scrolls (keyset paging). For each page the
 * platform asks for at most {@code limit} entries strictly older than {@code before} in the order newest first
 * (by time, then by id, higher first), so an implementation is one indexed query on the plugin's own table
 * ({@code where customer_id = ? and (occurred_at < ? or (occurred_at = ? and id < ?)) order by occurred_at desc,
 * id desc limit ?}). Entries the platform did not ask for (newer than {@code before}, beyond {@code limit}) are
 * dropped; entries out of order are sorted.
 * <p><b>Lifecycle:</b> asked while a 360° view shows the timeline, for users of departments that use the plugin
 * only; entries disappear from views opened after the plugin stops.
 * <p><b>Threading:</b> {@link #entries} runs on a platform thread, not on the user's UI thread, concurrently with
 * other plugins' contributions; there is no Vaadin session (no current user): everything it needs is in its
 * arguments.
 * <p><b>Budget and failure:</b> as for {@link CustomerFacts}: a page waits for all contributions together at most
 * 300 ms; a contribution that is slower or throws is left out of that page, with a note above the timeline naming
 * the plugin, and the error is counted on the Plugins page.
 *
 * @since 1.3.0
 */
public interface CustomerTimeline extends ExtensionPoint {

    /**
     * One page of the plugin's entries about a customer.
     *
     * @param customerId the customer
     * @param before the position the page continues after, or null for the newest entries
     * @param limit the most entries to return
     * @param locale the viewer's language, for the texts
     * @return at most {@code limit} entries older than {@code before}, newest first
     */
    List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale);
}
