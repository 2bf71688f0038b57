package ${package};

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's table {@code ${tablePrefix}visit}, from its own Liquibase changelog. */
@Extension
public final class VisitsSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/${pluginId}/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "${tablePrefix}";
    }
}
