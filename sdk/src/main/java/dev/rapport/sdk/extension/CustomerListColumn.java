package dev.rapport.sdk.extension;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A column a plugin offers on the kernel's customer list, e.g. a churn band or the number of open service
 * requests. Users pick it in the list's column chooser and may keep it in a saved view.
 *
 * <p><b>Lifecycle:</b> offered to users of departments that use the plugin while it runs; a saved view that names
 * the column of a plugin that stopped shows the list without it.
 * <p><b>Batching:</b> {@link #values} is called once per page of the list (at most a few hundred customers), never
 * per row: answer with one indexed query over the plugin's own, precomputed data.
 * <p><b>Threading:</b> {@link #values} runs on a platform thread, not on the user's UI thread, concurrently with
 * the other plugins' columns; there is no Vaadin session, so no current user: everything it needs is in its
 * arguments.
 * <p><b>Budget and failure:</b> the list waits for all columns of a page together at most a fraction of a second
 * (300 ms). A column that throws or has not answered by then shows blank cells on that page with a note naming
 * the plugin; the error is counted on the Plugins page; the list works.
 *
 * @since 1.3.0
 */
public interface CustomerListColumn extends ExtensionPoint {

    /**
     * The column's key, unique within the plugin (lower case letters, digits and dashes); the list names it
     * {@code <plugin-id>.<id>} in saved views.
     *
     * @return the key
     */
    String id();

    /**
     * The column's header.
     *
     * @param locale the viewer's language
     * @return a short header text
     */
    String header(Locale locale);

    /**
     * The column's text for one page of customers.
     *
     * @param customerIds the customers of the page
     * @param locale the viewer's language, for the values
     * @return the text per customer id; a customer left out shows a blank cell
     */
    Map<Long, String> values(Collection<Long> customerIds, Locale locale);
}
