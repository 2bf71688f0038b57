package dev.rapport.plugin.retention.ui;

import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;
import org.pf4j.Extension;

/** The plugin's screens: the overview (segments, value, model figures), the churn list and the customers to let go. */
@Extension
public final class RetentionNavigation implements NavigationContribution {

    public static final String OVERVIEW = "retention";
    public static final String CHURN = "retention/churn";
    public static final String LET_GO = "retention/let-go";

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(OVERVIEW, RetentionView.class), new PluginRoute(CHURN, ChurnListView.class),
                new PluginRoute(LET_GO, LetGoView.class));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("retention.menu.overview", "vaadin:chart", OVERVIEW, 140, null),
                new MenuItem("retention.menu.churn", "vaadin:exit-o", CHURN, 141, null),
                new MenuItem("retention.menu.letGo", "vaadin:scale-unbalance", LET_GO, 142, null));
    }
}
