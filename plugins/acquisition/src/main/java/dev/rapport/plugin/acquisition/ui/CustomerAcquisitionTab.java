package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerTab;
import java.util.List;
import org.pf4j.Extension;

/**
 * The "Acquisition" tab of the customer 360° view: the lead the customer came from (its source, campaign, score
 * and when it was captured and converted, with a link to it) and the customer's campaign responses.
 */
@Extension
public final class CustomerAcquisitionTab implements CustomerTab {

    private final PluginContext context;
    private final CampaignService campaigns;

    public CustomerAcquisitionTab(PluginContext context, CampaignService campaigns) {
        this.context = context;
        this.campaigns = campaigns;
    }

    @Override
    public String labelKey() {
        return "acquisition.tab";
    }

    @Override
    public Component createContent(CustomerInfo customer) {
        VerticalLayout content = new VerticalLayout();
        content.setId("acquisition-tab");
        Formats formats = Formats.current();
        List<Lead> leads = new LeadRepository(context.dsl()).convertedInto(customer.id());
        content.add(new H4(content.getTranslation("acquisition.tab.lead")));
        if (leads.isEmpty()) {
            content.add(new Paragraph(content.getTranslation("acquisition.tab.noLead")));
        }
        for (Lead lead : leads) {
            FormLayout form = new FormLayout();
            form.addClassName("acquisition-tab-lead");
            Anchor link = Links.to(AcquisitionNavigation.lead(lead.id()), lead.displayName());
            link.addClassName("acquisition-tab-lead-link");
            form.addFormItem(link, content.getTranslation("acquisition.tab.lead"));
            form.addFormItem(new Span(LABELS.of(content, lead.source())
                    + (lead.sourceDetail() == null ? "" : " · " + lead.sourceDetail())), content.getTranslation("acquisition.lead.source"));
            if (lead.campaignId() != null) {
                Anchor campaign = Links.to(AcquisitionNavigation.campaign(lead.campaignId()),
                        campaigns.get(lead.campaignId()).name());
                campaign.addClassName("acquisition-tab-campaign");
                form.addFormItem(campaign, content.getTranslation("acquisition.lead.campaign"));
            }
            form.addFormItem(new Span(String.valueOf(lead.score())), content.getTranslation("acquisition.lead.score"));
            form.addFormItem(new Span(formats.dateTime(lead.capturedAt())), content.getTranslation("acquisition.lead.captured"));
            form.addFormItem(new Span(formats.dateTime(lead.convertedAt())), content.getTranslation("acquisition.lead.converted"));
            content.add(form);
        }
        content.add(new H4(content.getTranslation("acquisition.tab.responses")));
        Grid<ResponseRepository.Named> responses = new Grid<>();
        responses.setId("acquisition-tab-responses");
        responses.addColumn(named -> formats.dateTime(named.response().respondedAt()))
                .setHeader(content.getTranslation("acquisition.response.when"));
        responses.addColumn(ResponseRepository.Named::campaignName).setHeader(content.getTranslation("acquisition.lead.campaign"));
        responses.addColumn(named -> LABELS.of(content, named.response().type()))
                .setHeader(content.getTranslation("acquisition.response.type"));
        responses.addColumn(named -> LABELS.of(content, named.response().origin()))
                .setHeader(content.getTranslation("acquisition.response.origin"));
        responses.setItems(new ResponseRepository(context.dsl()).forCustomer(customer.id(), 100));
        responses.setEmptyStateText(content.getTranslation("acquisition.response.none"));
        responses.setAllRowsVisible(true);
        content.add(responses);
        return content;
    }
}
