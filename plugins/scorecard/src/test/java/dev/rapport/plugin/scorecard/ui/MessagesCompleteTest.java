package dev.rapport.plugin.scorecard.ui;

import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Light;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.testkit.PluginTexts;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the plugin shows exists in English and German, and every pattern is a valid MessageFormat. */
class MessagesCompleteTest {

    @Test
    void everyKeyUsedIsInBothLanguagesAndEveryTextIsAValidMessageFormat() {
        List<String> built = Stream.concat(Stream.of("grow-revenue", "win-customers", "fast-follow-up", "reliable-team",
                        "profitable-campaigns", "fill-the-funnel", "reach-people", "keep-revenue", "keep-promises",
                        "resolve-fast", "be-there", "plan-well", "stay-in-touch")
                        .map(name -> "scorecard.template.objective." + name),
                Stream.of("SUCCEEDED", "FAILED", "CANCELLED").map(state -> "scorecard.recompute.done." + state)).toList();
        PluginTexts.of("scorecard").alsoUsing(built).alsoUsing("scorecard.perspective.", Perspective.values())
                .alsoUsing("scorecard.periodKind.", PeriodKind.values()).alsoUsing("scorecard.light.", Light.values())
                .alsoUsing("scorecard.template.", DepartmentKind.values())
                .alsoUsing("scorecard.direction.", MetricDirection.values()).assertComplete();
    }
}
