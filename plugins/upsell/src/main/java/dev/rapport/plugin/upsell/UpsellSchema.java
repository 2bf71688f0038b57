package dev.rapport.plugin.upsell;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables, all starting with {@code ups_}: pipelines, opportunities, trigger rules, firings, offers. */
@Extension
public final class UpsellSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/upsell/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "ups_";
    }
}
