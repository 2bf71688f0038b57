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
import org.jooq.DSLContext;

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
        return toInfo(interactions.log(draftOf(interaction), actor.get()));
    }

    @Override
    public InteractionInfo append(DSLContext transaction, NewInteraction interaction) {
        Actor acting = actor.get();
        long id = interactions.log(transaction, draftOf(interaction), acting);
        return infoOf(id, interaction, acting.storedUserId());
    }

    @Override
    public InteractionInfo appendRecordedBy(DSLContext transaction, NewInteraction interaction, Long recordedBy) {
        long id = interactions.logRecordedBy(transaction, draftOf(interaction), recordedBy, actor.get());
        return infoOf(id, interaction, recordedBy);
    }

    private InteractionDraft draftOf(NewInteraction interaction) {
        return new InteractionDraft(interaction.customerId(), interaction.contactId(), interaction.channel(),
                interaction.direction(), interaction.subject(), interaction.notes(), interaction.outcome(),
                interaction.occurredAt(), pluginId);
    }

    /** The stored entry as the caller's transaction would read it (the kernel strips text and keeps milliseconds). */
    private InteractionInfo infoOf(long id, NewInteraction interaction, Long recordedBy) {
        String notes = interaction.notes() == null || interaction.notes().isBlank() ? null : interaction.notes().strip();
        return new InteractionInfo(id, interaction.customerId(), interaction.contactId(), interaction.channel(),
                interaction.direction(), interaction.subject().strip(), notes, interaction.outcome(),
                interaction.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), pluginId, recordedBy, null);
    }

    @Override
    public List<InteractionInfo> recent(long customerId, int limit) {
        return interactions.recent(customerId, limit).stream().map(SdkInteractionLog::toInfo).toList();
    }

    static InteractionInfo toInfo(Interaction interaction) {
        return new InteractionInfo(interaction.id(), interaction.customerId(), interaction.contactId(),
                interaction.channel(), interaction.direction(), interaction.subject(), interaction.notes(),
                interaction.outcome(), interaction.occurredAt(), interaction.source(), interaction.recordedBy(),
                interaction.correctsId());
    }
}
