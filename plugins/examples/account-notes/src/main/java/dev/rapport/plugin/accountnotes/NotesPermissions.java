package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.extension.PermissionContribution;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Who may open the page of the latest notes: every role by default; an administrator can withdraw it from a
 * department on the Plugins page (the kernel then refuses the page, see {@link NotesNavigation}).
 */
@Extension
public final class NotesPermissions implements PermissionContribution {

    static final String VIEW_LATEST = "account-notes.view-latest";

    @Override
    public List<PluginPermission> permissions() {
        return List.of(new PluginPermission(VIEW_LATEST, "account-notes.permission.viewLatest", Set.of(Role.READ_ONLY)));
    }
}
