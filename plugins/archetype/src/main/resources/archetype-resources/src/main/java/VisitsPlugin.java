package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * ${pluginName}: plans a visit for every new customer, lets staff record visits on the customer's page (and counts a
 * logged meeting as one), marks overdue planned visits as missed every morning, counts the visits done on the
 * scorecard, and shows them on the 360° view, the home page and in segments. Each extension is a class of its own,
 * annotated {@code @Extension}: the platform finds it when the plugin starts.
 */
public final class VisitsPlugin extends RapportPlugin {

    public VisitsPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        // Views and extensions that ask for a VisitRepository in their constructor receive this one.
        VisitRepository visits = new VisitRepository(context());
        context().provide(VisitRepository.class, visits);
        if (context().demoData()) {
            context().makeDemoDataOnce(new VisitsDemoData(context(), visits)::make);
        }
    }
}
