package dev.rapport.plugin.acquisition.ui;

import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import dev.rapport.sdk.security.Role;
import java.util.List;
import org.pf4j.Extension;

/** The plugin's screens and menu entries: leads, campaigns, and (for managers) scoring and settings. */
@Extension
public final class AcquisitionNavigation implements NavigationContribution {

    public static final String LEADS = "acquisition/leads";
    public static final String LEAD_IMPORT = "acquisition/leads/import";
    public static final String CAMPAIGNS = "acquisition/campaigns";
    public static final String SCORING = "acquisition/scoring";
    public static final String SETTINGS = "acquisition/settings";

    public static String lead(long leadId) {
        return LEADS + "/" + leadId;
    }

    public static String campaign(long campaignId) {
        return CAMPAIGNS + "/" + campaignId;
    }

    @Override
    public List<PluginRoute> routes() {
        return List.of(new PluginRoute(LEADS, LeadListView.class),
                new PluginRoute(LEAD_IMPORT, LeadImportView.class),
                new PluginRoute(LEADS + "/:" + LeadDetailView.LEAD_ID + "([0-9]{1,18})", LeadDetailView.class),
                new PluginRoute(CAMPAIGNS, CampaignListView.class),
                new PluginRoute(CAMPAIGNS + "/:" + CampaignDetailView.CAMPAIGN_ID + "([0-9]{1,18})", CampaignDetailView.class),
                new PluginRoute(SCORING, ScoringRulesView.class),
                new PluginRoute(SETTINGS, AcquisitionSettingsView.class));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("acquisition.menu.leads", "vaadin:funnel", LEADS, 110, null),
                new MenuItem("acquisition.menu.campaigns", "vaadin:megaphone", CAMPAIGNS, 111, null),
                new MenuItem("acquisition.menu.scoring", "vaadin:chart-3d", SCORING, 112, Role.MANAGER),
                new MenuItem("acquisition.menu.settings", "vaadin:cogs", SETTINGS, 113, Role.MANAGER));
    }
}
