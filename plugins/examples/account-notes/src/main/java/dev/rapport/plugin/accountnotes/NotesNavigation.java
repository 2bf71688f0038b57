package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;
import org.pf4j.Extension;

/** The page of the latest notes, and its menu entry. */
@Extension
public final class NotesNavigation implements NavigationContribution {

    static final String PATH = "account-notes";

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(PATH, LatestNotesView.class).requiring(NotesPermissions.VIEW_LATEST));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("account-notes.menu", "vaadin:notebook", PATH, 100, null));
    }
}
