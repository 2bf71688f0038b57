package dev.rapport.platform.plugin;

import dev.rapport.platform.mail.MailQueue;
import dev.rapport.sdk.mail.CustomerMessage;
import dev.rapport.sdk.mail.MailStatus;
import dev.rapport.sdk.mail.OutgoingMail;
import dev.rapport.sdk.mail.StaffMessage;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One plugin's outgoing mail: queued in the kernel's mail queue under the plugin's id, so the plugin follows only its
 * own. Sending is a write: the session's user or the plugin's identity acts, and nobody acting is refused.
 */
final class PluginMail implements OutgoingMail {

    private final MailQueue queue;
    private final DSLContext dsl;
    private final String pluginId;
    private final PluginActor actor;

    PluginMail(MailQueue queue, DSLContext dsl, String pluginId, PluginActor actor) {
        this.queue = queue;
        this.dsl = dsl;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public boolean canSend(long departmentId) {
        return queue.canSend(departmentId);
    }

    @Override
    public long send(CustomerMessage message) {
        return dsl.transactionResult(tx -> send(tx.dsl(), message));
    }

    @Override
    public long send(DSLContext transaction, CustomerMessage message) {
        Objects.requireNonNull(message, "message");
        var acting = actor.writer("send mail");
        return PluginTableGuard.sdkWork(() -> queue.queue(transaction, pluginId, message, acting));
    }

    @Override
    public long send(StaffMessage message) {
        return dsl.transactionResult(tx -> send(tx.dsl(), message));
    }

    @Override
    public long send(DSLContext transaction, StaffMessage message) {
        Objects.requireNonNull(message, "message");
        var acting = actor.writer("send mail");
        return PluginTableGuard.sdkWork(() -> queue.queue(transaction, pluginId, message, acting));
    }

    @Override
    public Optional<MailStatus> status(long mailId) {
        return queue.status(pluginId, mailId);
    }
}
