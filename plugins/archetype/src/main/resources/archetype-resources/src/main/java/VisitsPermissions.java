package ${package};

import dev.rapport.sdk.extension.PermissionContribution;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Who may open the page of planned visits: agents and everyone above them by default; an administrator grants or
 * withdraws it per department on the Plugins page, and the kernel refuses the page to those without it.
 */
@Extension
public final class VisitsPermissions implements PermissionContribution {

    static final String SEE_PLANNED = "${pluginId}.see-planned";

    @Override
    public List<PluginPermission> permissions() {
        return List.of(new PluginPermission(SEE_PLANNED, "${pluginId}.permission.seePlanned", Set.of(Role.AGENT)));
    }
}
