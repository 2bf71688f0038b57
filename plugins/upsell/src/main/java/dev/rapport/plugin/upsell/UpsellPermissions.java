package dev.rapport.plugin.upsell;

import dev.rapport.sdk.extension.PermissionContribution;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * What administrators can grant or withdraw per department, beyond the roles: building trigger rules and starting the
 * offers' mining run, which decide whom the sales force calls (managers by default; the rules page requires it);
 * configuring pipelines and their stages, which changes every forecast (managers by default); and closing
 * opportunities as won or lost, which records the sale as the customer's transaction (agents by default, so a bank
 * can keep it to managers).
 */
@Extension
public final class UpsellPermissions implements PermissionContribution {

    public static final String MANAGE_RULES = "upsell.manage-rules";
    public static final String EDIT_PIPELINE = "upsell.edit-pipeline";
    public static final String CLOSE_OPPORTUNITY = "upsell.close-opportunity";

    @Override
    public List<PluginPermission> permissions() {
        return List.of(new PluginPermission(MANAGE_RULES, "upsell.permission.manageRules", Set.of(Role.MANAGER)),
                new PluginPermission(EDIT_PIPELINE, "upsell.permission.editPipeline", Set.of(Role.MANAGER)),
                new PluginPermission(CLOSE_OPPORTUNITY, "upsell.permission.closeOpportunity", Set.of(Role.AGENT)));
    }
}
