package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.extension.SchemaContribution;
import org.pf4j.Extension;

/** The plugin's tables: {@code ant_note} and {@code ant_handled_event}. */
@Extension
public final class NotesSchema implements SchemaContribution {

    @Override
    public String changelogPath() {
        return "plugins/account-notes/changelog.xml";
    }

    @Override
    public String tablePrefix() {
        return "ant_";
    }
}
