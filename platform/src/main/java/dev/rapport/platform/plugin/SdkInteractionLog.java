package dev.rapport.platform.plugin;

import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.InteractionLog;
import dev.rapport.sdk.interaction.NewInteraction;
import java.util.List;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import org.jooq.DSLContext;

/** The SDK's interaction log over the kernel's: entries a plugin appends carry the plugin id as their source. */
final class SdkInteractionLog implements InteractionLog {

    private final InteractionService interactions;
    private final String pluginId;
    private final PluginActor actor;

    SdkInteractionLog(InteractionService interactions, String pluginId, PluginActor actor) {
        this.interactions = interactions;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public InteractionInfo append(NewInteraction interaction) {
        return toInfo(interactions.log(draftOf(interaction), actor.writer("log interactions")));
    }

    @Override
    public InteractionInfo append(DSLContext transaction, NewInteraction interaction) {
        Actor acting = actor.writer("log interactions");
        long id = PluginTableGuard.sdkWork(() -> interactions.log(transaction, draftOf(interaction), acting));
        return infoOf(id, interaction, acting.storedUserId());
    }

    @Override
    public InteractionInfo appendRecordedBy(DSLContext transaction, NewInteraction interaction, Long recordedBy) {
        Actor acting = actor.writer("log interactions");
        if (!mayAttribute(acting, recordedBy)) {
            throw new AccessDeniedException(acting.displayName() + " (" + acting.role() + ") may not record an"
                    + " interaction in another user's name: only an administrator, or plugin " + pluginId
                    + " itself carrying over history (in its event listener, public endpoint or job), may");
        }
        long id = PluginTableGuard.sdkWork(() -> interactions.logRecordedBy(transaction, draftOf(interaction), recordedBy,
                acting));
        return infoOf(id, interaction, recordedBy);
    }

    /**
     * Whether {@code acting} may name {@code recordedBy} as the one who recorded an entry: anyone may name
     * themselves or no user (a web form or import captured it), but only an administrator or a plugin's system
     * identity (both administrators) may name another user, so an agent's action never puts words in a colleague's mouth.
     */
    private static boolean mayAttribute(Actor acting, Long recordedBy) {
        return recordedBy == null || recordedBy.equals(acting.storedUserId()) || acting.has(Role.ADMINISTRATOR);
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
