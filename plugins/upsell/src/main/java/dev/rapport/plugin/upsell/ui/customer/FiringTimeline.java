package dev.rapport.plugin.upsell.ui.customer;

import dev.rapport.plugin.upsell.trigger.Firing;
import dev.rapport.plugin.upsell.trigger.FiringLog;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.TriggerRule;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** Every firing of a trigger rule for the customer on their timeline, with what became of it. */
@Extension
public final class FiringTimeline implements CustomerTimeline {

    private final PluginContext context;
    private final FiringLog firings;
    private final RuleService rules;

    public FiringTimeline(PluginContext context, FiringLog firings, RuleService rules) {
        this.context = context;
        this.firings = firings;
        this.rules = rules;
    }

    @Override
    public List<TimelineItem> entries(long customerId, TimelinePosition before, int limit, Locale locale) {
        List<Firing> page = firings.ofCustomer(customerId, before == null ? null : before.occurredAt(),
                before == null ? 0 : before.id(), limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = rules.all().stream().collect(Collectors.toMap(TriggerRule::id, TriggerRule::name));
        return page.stream().map(firing -> new TimelineItem(firing.id(), firing.firedAt(),
                context.i18n().get(locale, "upsell.timeline.kind"),
                names.getOrDefault(firing.ruleId(), "#" + firing.ruleId()),
                context.i18n().get(locale, "upsell.enum.FiringOutcome." + firing.outcome().name()), null, null)).toList();
    }
}
