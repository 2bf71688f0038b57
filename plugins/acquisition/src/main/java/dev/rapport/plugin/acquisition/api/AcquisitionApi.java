package dev.rapport.plugin.acquisition.api;

import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.sdk.extension.RestResourceContribution;
import org.pf4j.Extension;

/**
 * Acquisition's records in the REST API, at {@code /api/v1/plugins/acquisition/}: leads (list, read, capture) and
 * campaigns (list, read), for the website, partners and marketing tools.
 */
@Extension
public final class AcquisitionApi implements RestResourceContribution {

    private final AcquisitionResource resource;

    public AcquisitionApi(LeadService leads, CampaignService campaigns) {
        this.resource = new AcquisitionResource(leads, campaigns);
    }

    @Override
    public Object resource() {
        return resource;
    }
}
