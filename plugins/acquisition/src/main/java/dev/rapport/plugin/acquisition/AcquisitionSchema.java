package dev.rapport.plugin.acquisition;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables, all starting with {@code acq_}: leads, campaigns, rules and their bookkeeping. */
@Extension
public final class AcquisitionSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/acquisition/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "acq_";
    }
}
