package dev.rapport.plugin.upsell.ui;

import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.plugin.upsell.ui.board.BoardView;
import dev.rapport.plugin.upsell.ui.opportunity.ForecastView;
import dev.rapport.plugin.upsell.ui.opportunity.OpportunityListView;
import dev.rapport.plugin.upsell.ui.rule.RulesView;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;
import org.pf4j.Extension;

/** The plugin's pages: the pipeline board, the opportunity list, the forecast and the trigger rules. */
@Extension
public final class UpsellNavigation implements NavigationContribution {

    public static final String BOARD = "upsell/board";
    public static final String OPPORTUNITIES = "upsell/opportunities";
    public static final String FORECAST = "upsell/forecast";
    public static final String RULES = "upsell/rules";

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(BOARD, BoardView.class), new PluginRoute(OPPORTUNITIES, OpportunityListView.class),
                new PluginRoute(FORECAST, ForecastView.class), new PluginRoute(RULES, RulesView.class).requiring(UpsellPermissions.MANAGE_RULES));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("upsell.menu.board", "vaadin:grid-big", BOARD, 130, null),
                new MenuItem("upsell.menu.opportunities", "vaadin:handshake", OPPORTUNITIES, 131, null),
                new MenuItem("upsell.menu.forecast", "vaadin:trending-up", FORECAST, 132, null),
                new MenuItem("upsell.menu.rules", "vaadin:flash", RULES, 133, null));
    }
}
