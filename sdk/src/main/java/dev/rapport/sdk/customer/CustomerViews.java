package dev.rapport.sdk.customer;

/**
 * The customer 360° views open in users' browsers, so that a plugin can show a change of its data at once.
 *
 * <p><b>When to call:</b> after the plugin changed what its {@link dev.rapport.sdk.extension.CustomerTab tabs},
 * {@link dev.rapport.sdk.extension.CustomerFacts facts} or {@link dev.rapport.sdk.extension.CustomerTimeline
 * timeline entries} show about a customer outside the view that shows them: in an event listener, a background job
 * or another user's action. Call it after the change committed, else the view may redraw the old data.
 * <p><b>What happens:</b> every 360° view of that customer open in any session redraws the plugins' facts, tabs
 * and timeline, shortly after the call and on its own UI thread (through server push); the user's selected tab
 * stays selected. Views of other customers are untouched; nothing happens when none is open.
 * <p><b>Threading:</b> may be called from any thread; it returns at once and never waits for a browser.
 * <p><b>Failure:</b> a view that fails to redraw (a plugin's tab throws) shows that tab's error, as when it
 * opened; the call itself does not throw.
 *
 * @since 1.3.0
 */
public interface CustomerViews {

    /**
     * Redraws the plugins' parts of every open 360° view of a customer.
     *
     * @param customerId the customer whose views to redraw
     */
    void refresh(long customerId);
}
