package dev.rapport.plugin.retention;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables, all starting with {@code ret_}: scores, models, class migration, playbooks, signals, decisions. */
@Extension
public final class RetentionSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/retention/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "ret_";
    }
}
