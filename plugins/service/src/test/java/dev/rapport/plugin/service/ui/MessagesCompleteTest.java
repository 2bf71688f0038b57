package dev.rapport.plugin.service.ui;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import dev.rapport.plugin.service.request.HistoryKind;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.rma.Coverage;
import dev.rapport.plugin.service.rma.InspectionOutcome;
import dev.rapport.plugin.service.rma.RmaStatus;
import dev.rapport.plugin.service.survey.SurveyKind;
import dev.rapport.plugin.service.survey.SurveyService;
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
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(RequestStatus.class, Priority.class,
                HistoryKind.class, Channel.class, RmaStatus.class, Coverage.class, InspectionOutcome.class,
                AssignmentMode.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                built.add(LABELS.key(constant));
            }
        }
        for (String count : List.of("open", "onTrack", "paused", "breached")) {
            built.add("service.queue.count." + count);
        }
        for (SurveyKind kind : SurveyKind.values()) {
            for (String prefix : List.of("service.survey.invitation.subject.", "service.survey.followUp.title.",
                    "service.survey.page.title.", "service.survey.page.question.", "service.survey.page.low.",
                    "service.survey.page.high.", "service.survey.timeline.kind.")) {
                built.add(prefix + kind.name());
            }
        }
        for (SurveyService.Verdict verdict : List.of(SurveyService.Verdict.TAMPERED, SurveyService.Verdict.EXPIRED,
                SurveyService.Verdict.USED)) {
            String page = "service.survey.page." + verdict.name().toLowerCase(java.util.Locale.ROOT);
            built.add(page + ".title");
            built.add(page + ".text");
        }
        PluginTexts.of("service").alsoUsing(built).assertComplete();
    }
}
