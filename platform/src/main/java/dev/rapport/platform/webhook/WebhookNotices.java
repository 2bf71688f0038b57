package dev.rapport.platform.webhook;

import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the administrators that a subscription was disabled after its messages kept failing: a high-priority task
 * for each active administrator ("My work"), which links nothing and can be completed once the receiver is fixed
 * and the subscription enabled again.
 */
public final class WebhookNotices implements WebhookSender.DisabledNotice {

    private static final Logger log = LoggerFactory.getLogger(WebhookNotices.class);

    private final TaskService tasks;
    private final UserDirectory users;
    private final BundleI18NProvider i18n;

    public WebhookNotices(TaskService tasks, UserDirectory users, BundleI18NProvider i18n) {
        this.tasks = tasks;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    public void disabled(WebhookSubscription subscription, String reason) {
        for (User user : users.activeUsers()) {
            if (user.role() != Role.ADMINISTRATOR) {
                continue;
            }
            try {
                String title = i18n.getTranslation("webhooks.disabledTask", Locale.ENGLISH, subscription.name());
                String text = i18n.getTranslation("webhooks.disabledTaskText", Locale.ENGLISH, subscription.url(),
                        reason);
                tasks.create(new NewTask(shorten(title, TaskService.MAX_TITLE), shorten(text, TaskService.MAX_TEXT),
                        null, null, TaskPriority.HIGH, user.id(), null), EventTypes.KERNEL, Actor.SYSTEM);
            } catch (RuntimeException e) {
                log.warn("Could not tell {} that the webhook {} was disabled: {}", user.username(), subscription.id(),
                        e.toString());
            }
        }
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
