package dev.rapport.plugin.acquisition.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the plugin shows exists in English and German, and every pattern is a valid MessageFormat. */
class MessagesCompleteTest {

    private static final Pattern KEY = Pattern.compile("\"(acquisition\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompleteTest.class.getResourceAsStream("/plugins/acquisition/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys the sources name literally, and those they build from enum constants and fixed choices. */
    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(LeadStatus.class, LeadSource.class,
                LeadSort.class, ResponseType.class, ResponseOrigin.class, CampaignChannel.class, CampaignPhase.class,
                SegmentAudience.class, FulfilmentKind.class, RuleKind.class, LeadField.class, AssignmentKind.class,
                DuplicateMatch.Reason.class, Channel.class, Direction.class, Outcome.class, CustomerKind.class,
                LifecycleStage.class, AcquisitionFiguresPanel.FiguresPeriod.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(Labels.key(constant));
            }
        }
        add(keys, "acquisition.rule.fieldMatches.", LeadField.values());
        add(keys, "acquisition.fulfilment.title.", FulfilmentKind.values());
        add(keys, "acquisition.import.field.", LeadImportField.values());
        add(keys, "acquisition.import.field.", ResponseImportField.values());
        add(keys, "acquisition.leads.owner.", LeadListView.OwnerFilter.values());
        add(keys, "acquisition.conversion.target.", ConvertDialog.Target.values());
        add(keys, "acquisition.duplicates.", DuplicateMatch.Kind.values());
        for (String metric : List.of("newLeads", "conversionRate", "costPerAcquisition", "campaignRoi", "timeToFirstContact")) {
            keys.add("acquisition.metric." + metric + ".help");
        }
        keys.addAll(List.of("acquisition.fulfilment.assignTo.user", "acquisition.fulfilment.assignTo.queue",
                "acquisition.assignment.target.user", "acquisition.assignment.target.department"));
        return keys;
    }

    private static void add(Set<String> keys, String prefix, Enum<?>[] constants) {
        for (Enum<?> constant : constants) {
            keys.add(prefix + constant.name());
        }
    }

    @Test
    void everyKeyUsedIsInBothLanguagesAndBothHaveTheSameKeys() throws IOException {
        Properties english = bundle("messages.properties");
        Properties german = bundle("messages_de.properties");
        List<String> missing = new ArrayList<>();
        for (String key : keysUsed()) {
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!german.containsKey(key)) {
                missing.add("de: " + key);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutLoneApostrophes() throws IOException {
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                new MessageFormat(text);
                if (text.contains("{")) {
                    assertThat(text.replace("''", "")).as(file + " " + key + ": an apostrophe quotes in MessageFormat")
                            .doesNotContain("'");
                }
            }
        }
    }
}
