package dev.rapport.plugin.scorecard;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables, all starting with {@code sc_}: scorecards, objectives, KPIs, snapshots, recomputes, audit. */
@Extension
public final class ScorecardSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/scorecard/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "sc_";
    }
}
