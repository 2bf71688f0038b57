package dev.rapport.plugin.service.ui;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import dev.rapport.plugin.service.request.HistoryKind;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.sdk.interaction.Channel;
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
                HistoryKind.class, Channel.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                built.add(LABELS.key(constant));
            }
        }
        for (String count : List.of("open", "onTrack", "paused", "breached")) {
            built.add("service.queue.count." + count);
        }
        PluginTexts.of("service").alsoUsing(built).assertComplete();
    }
}
