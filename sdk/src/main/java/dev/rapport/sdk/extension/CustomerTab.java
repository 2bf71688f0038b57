package dev.rapport.sdk.extension;

import com.vaadin.flow.component.Component;
import dev.rapport.sdk.customer.CustomerInfo;
import org.pf4j.ExtensionPoint;

/**
 * A tab on the customer 360° view.
 *
 * <p><b>Lifecycle:</b> the platform asks every running plugin's tabs for content each time a 360° view
 * opens; tabs disappear from views opened after the plugin stops.
 * <p><b>Threading:</b> {@link #createContent} runs on the Vaadin UI thread of the user's session, holding
 * the session lock: keep it quick, and load data lazily (a grid with a lazy data provider) when there may be
 * much.
 * <p><b>Ordering:</b> by {@link #order()}, after the kernel's tabs.
 * <p><b>Failure:</b> if {@link #createContent} throws, the tab shows an error message naming the plugin;
 * the rest of the view works. The error is counted on the Plugins page.
 *
 * @since 1.0.0
 */
public interface CustomerTab extends ExtensionPoint {

    /**
     * The i18n key of the tab's label.
     *
     * @return the key, from the plugin's bundle
     */
    String labelKey();

    /**
     * The tab's position among the plugin tabs; lower first.
     *
     * @return the order, 100 by default
     */
    default int order() {
        return 100;
    }

    /**
     * The tab's content for one customer.
     *
     * @param customer the customer the view shows
     * @return a new component; never shared between views
     */
    Component createContent(CustomerInfo customer);
}
