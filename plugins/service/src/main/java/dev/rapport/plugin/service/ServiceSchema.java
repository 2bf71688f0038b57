package dev.rapport.plugin.service;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables, all starting with {@code svc_}: calendars, agreements, queues, requests and their history. */
@Extension
public final class ServiceSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/service/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "svc_";
    }
}
