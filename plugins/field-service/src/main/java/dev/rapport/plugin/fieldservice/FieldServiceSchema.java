package dev.rapport.plugin.fieldservice;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables, all starting with {@code fsd_}: technicians, parts and stock, work orders, maintenance plans. */
@Extension
public final class FieldServiceSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/field-service/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "fsd_";
    }
}
