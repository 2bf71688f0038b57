package dev.rapport.platform.plugin;

import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.InteractionLog;
import dev.rapport.sdk.interaction.NewInteraction;
import java.util.List;
import java.util.function.Supplier;

/** The SDK's interaction log over the kernel's: entries a plugin appends carry the plugin id as their source. */
final class SdkInteractionLog implements InteractionLog {

    private final InteractionService interactions;
    private final String pluginId;
    private final Supplier<Actor> actor;

    SdkInteractionLog(InteractionService interactions, String pluginId, Supplier<Actor> actor) {
        this.interactions = interactions;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public InteractionInfo append(NewInteraction interaction) {
        return toInfo(interactions.log(new InteractionDraft(interaction.customerId(), interaction.contactId(),
                interaction.channel(), interaction.direction(), interaction.subject(), interaction.notes(),
                interaction.outcome(), interaction.occurredAt(), pluginId), actor.get()));
    }

    @Override
    public List<InteractionInfo> recent(long customerId, int limit) {
        return interactions.recent(customerId, limit).stream().map(SdkInteractionLog::toInfo).toList();
    }

    private static InteractionInfo toInfo(Interaction interaction) {
        return new InteractionInfo(interaction.id(), interaction.customerId(), interaction.contactId(),
                interaction.channel(), interaction.direction(), interaction.subject(), interaction.notes(),
                interaction.outcome(), interaction.occurredAt(), interaction.source(), interaction.recordedBy(),
                interaction.correctsId());
    }
}
