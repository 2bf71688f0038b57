package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.importing.CsvTable;
import dev.rapport.plugin.acquisition.importing.LeadImport;
import dev.rapport.plugin.acquisition.importing.LeadImportField;
import dev.rapport.plugin.acquisition.importing.RowOutcome;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.interaction.Channel;
import java.util.List;
import java.util.Map;

/** Imports leads from a CSV file: source, campaign and channel for all of them, then the column mapping and rows. */
public final class LeadImportView extends VerticalLayout implements HasDynamicTitle {

    private final Select<LeadSource> source = new Select<>();
    private final ComboBox<Campaign> campaign = new ComboBox<>();
    private final Select<Channel> channel = new Select<>();

    public LeadImportView(LeadImport leadImport, CampaignService campaigns) {
        setId("lead-import-view");
        source.setId("lead-import-source");
        source.setLabel(getTranslation("acquisition.lead.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(LABELS.generator(this));
        source.setValue(LeadSource.IMPORT);
        campaign.setId("lead-import-campaign");
        campaign.setLabel(getTranslation("acquisition.lead.campaign"));
        campaign.setItems(campaigns.recent());
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        channel.setId("lead-import-channel");
        channel.setLabel(getTranslation("acquisition.leadForm.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(LABELS.generator(this));
        channel.setValue(Channel.EMAIL);
        Map<String, Long> products = leadImport.productsByCode();
        ImportStrategy<LeadImportField> strategy = new ImportStrategy<>() {
            @Override
            public Class<LeadImportField> fields() {
                return LeadImportField.class;
            }

            @Override
            public Map<LeadImportField, Integer> guessMapping(CsvTable table) {
                return LeadImport.guessMapping(table);
            }

            @Override
            public List<PreviewRow> preview(CsvTable table, Map<LeadImportField, Integer> mapping, int limit) {
                return leadImport.preview(table, mapping, options(), limit).stream()
                        .map(row -> new PreviewRow(row.rowNumber(), row.errors())).toList();
            }

            @Override
            public RowOutcome importRow(CsvTable table, int index, Map<LeadImportField, Integer> mapping) {
                return leadImport.importRow(table, index, mapping, options(), products);
            }
        };
        add(Links.to(AcquisitionNavigation.LEADS, getTranslation("acquisition.leads.back")),
                new H2(getTranslation("acquisition.leadImport.title")),
                new Paragraph(getTranslation("acquisition.leadImport.explain")),
                new HorizontalLayout(source, campaign, channel), new CsvImportPanel<>("lead-import", strategy));
    }

    private LeadImport.Options options() {
        return new LeadImport.Options(source.getValue() == null ? LeadSource.IMPORT : source.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id(),
                channel.getValue() == null ? Channel.EMAIL : channel.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acquisition.leadImport.title");
    }
}
