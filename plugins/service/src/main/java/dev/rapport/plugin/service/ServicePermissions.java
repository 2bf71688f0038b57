package dev.rapport.plugin.service;

import dev.rapport.sdk.extension.PermissionContribution;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * What the plugin lets administrators grant or withdraw per department, beyond the roles: closing requests (agents
 * and above by default) and deciding on returns, which commits the company to a repair, replacement or refund
 * (managers and above by default), and the administration of queues, calendars and agreements (managers and
 * above by default; its page requires it, the services check the manager role).
 */
@Extension
public final class ServicePermissions implements PermissionContribution {

    public static final String CLOSE_REQUEST = "service.close-request";
    public static final String APPROVE_RMA = "service.approve-rma";
    public static final String ADMINISTER = "service.administer-setup";

    @Override
    public List<PluginPermission> permissions() {
        return List.of(new PluginPermission(CLOSE_REQUEST, "service.permission.closeRequest", Set.of(Role.AGENT)),
                new PluginPermission(APPROVE_RMA, "service.permission.approveRma", Set.of(Role.MANAGER)),
                new PluginPermission(ADMINISTER, "service.permission.administer", Set.of(Role.MANAGER)));
    }
}
