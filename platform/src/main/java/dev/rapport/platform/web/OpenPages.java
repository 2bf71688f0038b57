package dev.rapport.platform.web;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages (UIs) open on this node, so that a stop can detach them once the web server is down: the plugins and the
 * rest stop after it, and their changes (menu entries removed, pages refreshed) would otherwise be pushed to
 * browsers whose connections are gone, each push warned about by Atmosphere. Detaching runs the pages' detach
 * listeners, which unsubscribe them from the platform's notifications. Thread-safe.
 */
final class OpenPages {

    private static final Logger log = LoggerFactory.getLogger(OpenPages.class);

    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    void opened(UI ui) {
        open.add(ui);
        ui.addDetachListener(detach -> open.remove(ui));
    }

    /** Removes every open page from its session (under the session's lock), after the web server stopped serving. */
    void detachAll() {
        for (UI ui : List.copyOf(open)) {
            try {
                ui.accessSynchronously(() -> ui.getSession().removeUI(ui));
            } catch (RuntimeException e) {
                log.debug("An open page could not be detached at the stop: {}", e.toString());
            }
            open.remove(ui);
        }
    }
}
