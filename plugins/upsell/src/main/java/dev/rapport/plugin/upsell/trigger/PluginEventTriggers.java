package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Feeds other plugins' events to the rules on them ({@code service.RequestOpened}, {@code acquisition.LeadConverted}),
 * read by their public type names, so a rule fires whether the publishing plugin runs or not. The types are those of
 * the active rules: {@link RuleService} tells the platform after each change of a rule.
 */
@Extension
public final class PluginEventTriggers implements EventTypeListener {

    private final RuleService rules;
    private final TriggerEngine engine;
    private final FiringBatch batch = new FiringBatch();

    public PluginEventTriggers(RuleService rules, TriggerEngine engine) {
        this.rules = rules;
        this.engine = engine;
    }

    @Override
    public Set<String> eventTypes() {
        return rules.activePluginEventTypes();
    }

    @Override
    public void onEvent(EventPayload event, EventMetadata metadata) {
        engine.gather(event, metadata, batch);
    }

    /** Fires the rules on the batch's gathered events, before the platform saves its position past them. */
    @Override
    public void endOfBatch() {
        engine.write(batch);
    }
}
