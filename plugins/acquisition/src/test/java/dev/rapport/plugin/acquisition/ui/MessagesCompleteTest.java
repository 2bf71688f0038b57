package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.plugin.acquisition.assignment.AssignmentKind;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignPhase;
import dev.rapport.plugin.acquisition.campaign.FulfilmentKind;
import dev.rapport.plugin.acquisition.campaign.ResponseOrigin;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.campaign.SegmentAudience;
import dev.rapport.plugin.acquisition.importing.LeadImportField;
import dev.rapport.plugin.acquisition.importing.ResponseImportField;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import dev.rapport.plugin.acquisition.lead.LeadSort;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.scoring.LeadField;
import dev.rapport.plugin.acquisition.scoring.RuleKind;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import dev.rapport.testkit.PluginTexts;
import org.junit.jupiter.api.Test;

/** Every text the plugin shows exists in English and German, and every pattern is a valid MessageFormat. */
class MessagesCompleteTest {

    @Test
    void everyKeyUsedIsInBothLanguagesAndEveryTextIsAValidMessageFormat() {
        Set<String> built = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(LeadStatus.class, LeadSource.class,
                LeadSort.class, ResponseType.class, ResponseOrigin.class, CampaignChannel.class, CampaignPhase.class,
                SegmentAudience.class, FulfilmentKind.class, RuleKind.class, LeadField.class, AssignmentKind.class,
                DuplicateMatch.Reason.class, Channel.class, Direction.class, Outcome.class, CustomerKind.class,
                LifecycleStage.class, AcquisitionFiguresPanel.FiguresPeriod.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                built.add(LABELS.key(constant));
            }
        }
        for (String metric : List.of("newLeads", "conversionRate", "costPerAcquisition", "campaignRoi", "timeToFirstContact")) {
            built.add("acquisition.metric." + metric + ".help");
        }
        built.addAll(List.of("acquisition.fulfilment.assignTo.user", "acquisition.fulfilment.assignTo.queue",
                "acquisition.assignment.target.user", "acquisition.assignment.target.department"));
        PluginTexts.of("acquisition").alsoUsing(built)
                .alsoUsing("acquisition.rule.fieldMatches.", LeadField.values())
                .alsoUsing("acquisition.fulfilment.title.", FulfilmentKind.values())
                .alsoUsing("acquisition.import.field.", LeadImportField.values())
                .alsoUsing("acquisition.import.field.", ResponseImportField.values())
                .alsoUsing("acquisition.leads.owner.", LeadListView.OwnerFilter.values())
                .alsoUsing("acquisition.conversion.target.", ConvertDialog.Target.values())
                .alsoUsing("acquisition.duplicates.", DuplicateMatch.Kind.values())
                .assertComplete();
    }
}
