package dev.rapport.plugin.service.ui;

import dev.rapport.plugin.service.ui.queue.QueueView;
import dev.rapport.plugin.service.ui.request.RequestDetailView;
import dev.rapport.plugin.service.ServicePermissions;
import dev.rapport.plugin.service.ui.admin.ServiceAdminView;
import dev.rapport.plugin.service.ui.rma.RmaListView;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;
import org.pf4j.Extension;

/** The plugin's screens and menu entries: the service queue, a request's page and the returns. */
@Extension
public final class ServiceNavigation implements NavigationContribution {

    public static final String QUEUE = "service/queue";
    public static final String REQUESTS = "service/requests";
    public static final String RETURNS = "service/returns";
    public static final String ADMIN = "service/admin";

    public static String request(long requestId) {
        return REQUESTS + "/" + requestId;
    }

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(QUEUE, QueueView.class),
                new PluginRoute(REQUESTS + "/:" + RequestDetailView.REQUEST_ID + "([0-9]{1,18})", RequestDetailView.class),
                new PluginRoute(RETURNS, RmaListView.class),
                new PluginRoute(ADMIN, ServiceAdminView.class).requiring(ServicePermissions.ADMINISTER));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("service.menu.queue", "vaadin:headset", QUEUE, 120, null),
                new MenuItem("service.menu.returns", "vaadin:truck", RETURNS, 121, null),
                new MenuItem("service.menu.admin", "vaadin:cogs", ADMIN, 122, Role.MANAGER));
    }
}
