package dev.rapport.plugin.scorecard.ui;

import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;
import org.pf4j.Extension;

/** The plugin's screens and menu entry: a department's scorecard, its editor and the metric catalogue. */
@Extension
public final class ScorecardNavigation implements NavigationContribution {

    public static final String SCORECARD = "scorecard";
    public static final String CATALOGUE = "scorecard/catalogue";
    public static final String EDIT = "scorecard/edit";
    public static final String DEPARTMENT_ID = "departmentId";

    /** The scorecard page of a department (0: the company). */
    public static String scorecard(long departmentId) {
        return SCORECARD + "?department=" + departmentId;
    }

    public static String edit(long departmentId) {
        return EDIT + "/" + departmentId;
    }

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(SCORECARD, ScorecardView.class),
                new PluginRoute(CATALOGUE, CatalogueView.class),
                new PluginRoute(EDIT + "/:" + DEPARTMENT_ID + "([0-9]{1,18})", ScorecardEditView.class));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("scorecard.menu", "vaadin:dashboard", SCORECARD, 150, null));
    }
}
