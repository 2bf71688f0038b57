package dev.rapport.sdk.extension;

import dev.rapport.sdk.security.PluginPermission;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The named permissions a plugin declares. Administrators grant or withdraw each per department on the Plugins
 * page; the plugin checks them with {@link dev.rapport.sdk.security.Security#hasPermission} and
 * {@link dev.rapport.sdk.security.Security#requirePermission}, and the kernel enforces them on routes declared with
 * {@link PluginRoute#requiring}.
 *
 * <p><b>Lifecycle:</b> asked once when the plugin starts; the permissions disappear from the Plugins page when it
 * stops (and are then refused), administrators' department decisions stay stored.
 * <p><b>Threading:</b> called on the platform thread that starts the plugin.
 * <p><b>Failure:</b> a key that does not start with the plugin id and a dot, or a key declared twice, fails the
 * plugin's start (recorded against the plugin on the Plugins page), as does an exception thrown here.
 *
 * @since 1.3.0
 */
public interface PermissionContribution extends ExtensionPoint {

    /**
     * The plugin's permissions.
     *
     * @return the permissions, in the order the Plugins page shows them
     */
    List<PluginPermission> permissions();
}
