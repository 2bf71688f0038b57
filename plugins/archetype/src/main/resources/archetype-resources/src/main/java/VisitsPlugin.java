package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * ${pluginName}: plans a visit for every new customer, lets staff record visits on the customer's page, marks
 * overdue planned visits as missed every morning, and counts the visits done on the scorecard.
 */
public final class VisitsPlugin extends RapportPlugin {

    public VisitsPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        // Views and extensions that ask for a VisitRepository in their constructor receive this one.
        context().provide(VisitRepository.class, new VisitRepository(context()));
    }
}
