package dev.rapport.platform.plugin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.rapport.sdk.customer.CustomerViews;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 360° views open in any session, by customer, so that a change made outside a view (a plugin's listener or
 * job) can be shown in it at once: each view redraws on its own UI thread, through server push.
 */
public final class OpenCustomerViews implements CustomerViews {

    private static final Logger log = LoggerFactory.getLogger(OpenCustomerViews.class);

    private record OpenView(UI ui, Runnable redraw) {
    }

    private final Map<Long, Set<OpenView>> byCustomer = new ConcurrentHashMap<>();

    /** Notes that {@code ui} shows customer {@code customerId}; {@code redraw} runs in the UI's session lock. */
    public Registration opened(long customerId, UI ui, Runnable redraw) {
        OpenView view = new OpenView(ui, redraw);
        byCustomer.computeIfAbsent(customerId, id -> ConcurrentHashMap.newKeySet()).add(view);
        return () -> byCustomer.computeIfPresent(customerId, (id, views) -> {
            views.remove(view);
            return views.isEmpty() ? null : views;
        });
    }

    @Override
    public void refresh(long customerId) {
        for (OpenView view : byCustomer.getOrDefault(customerId, Set.of())) {
            try {
                view.ui().access(view.redraw()::run);
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                // The browser went away between the look-up and the call: nothing left to redraw.
                log.debug("A 360° view of customer {} closed before it could redraw", customerId);
            }
        }
    }

    /** How many views of the customer are open (for tests and diagnostics). */
    int openViewsOf(long customerId) {
        return byCustomer.getOrDefault(customerId, Set.of()).size();
    }
}
