package dev.rapport.platform.webhook;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_DELIVERY;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_SUBSCRIPTION;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.internal.db.tables.records.WebhookSubscriptionRecord;
import dev.rapport.platform.mail.SecretBox;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The webhook subscriptions, administrators only (and plugins, whose system identity may do what the system does).
 * Every change is audited and told to the {@linkplain #onChange listeners} (the event feeder re-reads which types
 * are wanted). A secret is returned once, when a subscription is made or its secret rotated; after a rotation the
 * previous secret signs too for {@link #ROTATION_OVERLAP}, so receivers can switch without losing a message.
 */
public final class WebhookSubscriptions {

    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    static final int MAX_NAME = 100;
    static final int MAX_TYPES = 50;
    private static final int MAX_REASON = 1000;

    /** A subscription with its secret, which is shown only now. */
    public record Issued(WebhookSubscription subscription, String secret) {
    }

    /** What the feeder and the sender need of an enabled subscription. */
    record Active(long id, List<String> eventTypes, long afterEventId) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final SecretBox secrets;
    private final WebhookUrlPolicy urls;
    private final AuditLog audit;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public WebhookSubscriptions(DSLContext dsl, Clock clock, SecretBox secrets, WebhookUrlPolicy urls, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.secrets = secrets;
        this.urls = urls;
        this.audit = audit;
    }

    /** Runs {@code listener} after every change of a subscription made on this node. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    WebhookUrlPolicy urls() {
        return urls;
    }

    /** Every subscription, in the order they were made (an installation has a few). */
    public List<WebhookSubscription> all(Actor actor) {
        requireAdministrator(actor);
        return dsl.selectFrom(WEBHOOK_SUBSCRIPTION).orderBy(WEBHOOK_SUBSCRIPTION.ID).limit(1000)
                .fetch(WebhookSubscriptions::toSubscription);
    }

    public WebhookSubscription get(long id, Actor actor) {
        requireAdministrator(actor);
        return find(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    Optional<WebhookSubscription> find(long id) {
        return dsl.selectFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.ID.eq(id))
                .fetchOptional(WebhookSubscriptions::toSubscription);
    }

    /**
     * Subscribes a URL; it receives the events written from now on.
     *
     * @param owner {@code kernel}, or the id of the plugin that subscribes
     * @throws ValidationException for a missing or too long name, a URL that may not receive webhooks, or no or
     *     unknown event types; nothing was stored
     */
    public Issued create(WebhookDraft draft, String owner, Actor actor) {
        requireAdministrator(actor);
        List<String> types = validate(draft);
        String secret = WebhookSigner.newSecret();
        Instant now = clock.instant();
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long newest = tx.select(DSL.coalesce(DSL.max(DOMAIN_EVENT.ID), 0L)).from(DOMAIN_EVENT).fetchSingle().value1();
            long created = tx.insertInto(WEBHOOK_SUBSCRIPTION)
                    .set(WEBHOOK_SUBSCRIPTION.NAME, draft.name().strip())
                    .set(WEBHOOK_SUBSCRIPTION.URL, draft.url().strip())
                    .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, String.join(",", types))
                    .set(WEBHOOK_SUBSCRIPTION.SECRET, secrets.seal(secret))
                    .set(WEBHOOK_SUBSCRIPTION.OWNER, owner)
                    .set(WEBHOOK_SUBSCRIPTION.ENABLED, true)
                    .set(WEBHOOK_SUBSCRIPTION.AFTER_EVENT_ID, newest)
                    .set(WEBHOOK_SUBSCRIPTION.CREATED_AT, now)
                    .set(WEBHOOK_SUBSCRIPTION.CREATED_BY, actor.storedUserId())
                    .set(WEBHOOK_SUBSCRIPTION.UPDATED_AT, now)
                    .returningResult(WEBHOOK_SUBSCRIPTION.ID).fetchSingle().value1();
            audit.record(tx, actor, AuditAction.WEBHOOK_SAVED, "webhook", created,
                    draft.name().strip() + ": " + draft.url().strip() + " " + types);
            return created;
        });
        changed();
        return new Issued(find(id).orElseThrow(), secret);
    }

    /** Changes a subscription's name, URL and event types; its secret and state stay. */
    public WebhookSubscription update(long id, WebhookDraft draft, Actor actor) {
        requireAdministrator(actor);
        get(id, actor);
        List<String> types = validate(draft);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(WEBHOOK_SUBSCRIPTION).set(WEBHOOK_SUBSCRIPTION.NAME, draft.name().strip())
                    .set(WEBHOOK_SUBSCRIPTION.URL, draft.url().strip())
                    .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, String.join(",", types))
                    .set(WEBHOOK_SUBSCRIPTION.UPDATED_AT, clock.instant())
                    .where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).execute();
            audit.record(tx, actor, AuditAction.WEBHOOK_SAVED, "webhook", id,
                    draft.name().strip() + ": " + draft.url().strip() + " " + types);
        });
        changed();
        return get(id, actor);
    }

    /** A new secret for the subscription, returned once; the previous one also signs for {@link #ROTATION_OVERLAP}. */
    public String rotateSecret(long id, Actor actor) {
        requireAdministrator(actor);
        get(id, actor);
        String secret = WebhookSigner.newSecret();
        Instant now = clock.instant();
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(WEBHOOK_SUBSCRIPTION)
                    .set(WEBHOOK_SUBSCRIPTION.PREVIOUS_SECRET, WEBHOOK_SUBSCRIPTION.SECRET)
                    .set(WEBHOOK_SUBSCRIPTION.PREVIOUS_SECRET_UNTIL, now.plus(ROTATION_OVERLAP))
                    .set(WEBHOOK_SUBSCRIPTION.SECRET, secrets.seal(secret))
                    .set(WEBHOOK_SUBSCRIPTION.UPDATED_AT, now)
                    .where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).execute();
            audit.record(tx, actor, AuditAction.WEBHOOK_SECRET_ROTATED, "webhook", id, null);
        });
        changed();
        return secret;
    }

    /**
     * Enables a disabled subscription: new events reach it again, and its messages still pending are tried at once,
     * each with a new retry window.
     */
    public WebhookSubscription enable(long id, Actor actor) {
        requireAdministrator(actor);
        get(id, actor);
        Instant now = clock.instant();
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(WEBHOOK_SUBSCRIPTION).set(WEBHOOK_SUBSCRIPTION.ENABLED, true)
                    .setNull(WEBHOOK_SUBSCRIPTION.DISABLED_REASON).setNull(WEBHOOK_SUBSCRIPTION.DISABLED_AT)
                    .set(WEBHOOK_SUBSCRIPTION.UPDATED_AT, now)
                    .where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).execute();
            tx.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, now)
                    .set(WEBHOOK_DELIVERY.RETRY_WINDOW_FROM, now)
                    .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(id))
                    .and(WEBHOOK_DELIVERY.STATUS.eq(WebhookDelivery.Status.PENDING.name())).execute();
            audit.record(tx, actor, AuditAction.WEBHOOK_ENABLED, "webhook", id, null);
        });
        changed();
        return get(id, actor);
    }

    /**
     * Disables a subscription: no new messages are made for it, and its pending ones wait until it is enabled.
     *
     * @throws ValidationException for a reason longer than 1000 characters; nothing was changed
     */
    public WebhookSubscription disable(long id, String reason, Actor actor) {
        requireAdministrator(actor);
        get(id, actor);
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "reason", reason, MAX_REASON);
        ValidationException.throwIfAny(errors);
        markDisabled(id, reason, actor);
        return get(id, actor);
    }

    /** Disables a subscription for {@code reason}; false when it was disabled already. */
    boolean markDisabled(long id, String reason, Actor actor) {
        String shortened = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        boolean disabled = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            int changed = tx.update(WEBHOOK_SUBSCRIPTION).set(WEBHOOK_SUBSCRIPTION.ENABLED, false)
                    .set(WEBHOOK_SUBSCRIPTION.DISABLED_REASON, shortened)
                    .set(WEBHOOK_SUBSCRIPTION.DISABLED_AT, clock.instant())
                    .set(WEBHOOK_SUBSCRIPTION.UPDATED_AT, clock.instant())
                    .where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).and(WEBHOOK_SUBSCRIPTION.ENABLED.isTrue()).execute();
            if (changed == 1) {
                audit.record(tx, actor, AuditAction.WEBHOOK_DISABLED, "webhook", id, shortened);
            }
            return changed == 1;
        });
        if (disabled) {
            changed();
        }
        return disabled;
    }

    /** Deletes a subscription with its delivery log. */
    public void delete(long id, Actor actor) {
        requireAdministrator(actor);
        WebhookSubscription subscription = get(id, actor);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).execute();
            audit.record(tx, actor, AuditAction.WEBHOOK_DELETED, "webhook", id,
                    subscription.name() + ": " + subscription.url());
        });
        changed();
    }

    /** The enabled subscriptions, as the feeder matches events to them. */
    List<Active> active() {
        return dsl.select(WEBHOOK_SUBSCRIPTION.ID, WEBHOOK_SUBSCRIPTION.EVENT_TYPES, WEBHOOK_SUBSCRIPTION.AFTER_EVENT_ID)
                .from(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.ENABLED.isTrue())
                .fetch(r -> new Active(r.value1(), types(r.value2()), r.value3()));
    }

    /** A fingerprint of the subscriptions' state that changes with every change of any of them (any node's). */
    String fingerprint() {
        var row = dsl.select(DSL.count(), DSL.max(WEBHOOK_SUBSCRIPTION.UPDATED_AT), DSL.max(WEBHOOK_SUBSCRIPTION.ID))
                .from(WEBHOOK_SUBSCRIPTION).fetchSingle();
        return row.value1() + "/" + row.value2() + "/" + row.value3();
    }

    /** Where to send a subscription's messages and the secrets to sign them with; empty once it is gone. */
    record Target(String url, List<String> secrets) {
    }

    Optional<Target> target(long id) {
        Instant now = clock.instant();
        return dsl.selectFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).fetchOptional(r -> {
            List<String> keys = new ArrayList<>(List.of(secrets.open(r.getSecret())));
            if (r.getPreviousSecret() != null && r.getPreviousSecretUntil() != null
                    && r.getPreviousSecretUntil().isAfter(now)) {
                keys.add(secrets.open(r.getPreviousSecret()));
            }
            return new Target(r.getUrl(), keys);
        });
    }

    private List<String> validate(WebhookDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "name", draft.name(), MAX_NAME);
        urls.check("url", draft.url()).ifPresent(errors::add);
        LinkedHashSet<String> types = new LinkedHashSet<>();
        draft.eventTypes().stream().filter(type -> type != null && !type.isBlank()).map(String::strip)
                .forEach(types::add);
        if (types.isEmpty()) {
            errors.add(FieldError.of("eventTypes", "validation.required"));
        } else if (types.size() > MAX_TYPES) {
            errors.add(FieldError.of("eventTypes", "validation.tooMany", MAX_TYPES));
        } else {
            types.stream().filter(type -> !WebhookEventTypes.isValid(type)).findFirst().ifPresentOrElse(
                    type -> errors.add(FieldError.of("eventTypes", "validation.webhookEventType", type)),
                    () -> types.stream().filter(WebhookEventTypes::isUnknownKernelType).findFirst().ifPresent(type ->
                            errors.add(FieldError.of("eventTypes", "validation.webhookUnknownEventType", type))));
        }
        ValidationException.throwIfAny(errors);
        return List.copyOf(types);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    private static void requireAdministrator(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "manage webhooks");
    }

    private static List<String> types(String stored) {
        return Arrays.stream(stored.split(",")).filter(type -> !type.isEmpty()).toList();
    }

    private static WebhookSubscription toSubscription(WebhookSubscriptionRecord r) {
        return new WebhookSubscription(r.getId(), r.getName(), r.getUrl(), types(r.getEventTypes()), r.getOwner(),
                r.getEnabled(), r.getDisabledReason(), r.getDisabledAt(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
