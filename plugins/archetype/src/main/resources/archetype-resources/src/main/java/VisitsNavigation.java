package ${package};

import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;
import org.pf4j.Extension;

/** The page of planned visits (its path starts with the plugin id) and its menu entry. */
@Extension
public final class VisitsNavigation implements NavigationContribution {

    static final String PATH = "${pluginId}";

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(PATH, PlannedVisitsView.class).requiring(VisitsPermissions.SEE_PLANNED));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("${pluginId}.menu", "vaadin:calendar-user", PATH, 100, null));
    }
}
