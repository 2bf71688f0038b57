package dev.rapport.platform.webhook;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.mail.SecretBox;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.TaskCreated;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators subscribe a URL on {@code /admin/webhooks}: a bad URL is refused on its field, a good one shows its
 * secret once and lands in the list, its delivery log shows its messages, and it can be disabled.
 */
class WebhooksViewTest {

    private static final Kernel KERNEL = new Kernel();
    private final Webhooks webhooks = new Webhooks(KERNEL.dsl, KERNEL.clock,
            new WebhookSubscriptions(KERNEL.dsl, KERNEL.clock, new SecretBox(Path.of("target", "karibu-secrets")),
                    new WebhookUrlPolicy(false), KERNEL.audit),
            new EventDispatcher(KERNEL.dsl, new LeaseStore(KERNEL.dsl, KERNEL.clock),
                    new Leadership("karibu", Duration.ofSeconds(10), Duration.ofSeconds(1)), new EventTypes(),
                    KERNEL.outbox, KERNEL.clock, RetryPolicy.DEFAULT, (owner, what, error) -> { }, KERNEL.audit),
            WebhookRetrySchedule.DEFAULT, WebhookSender.Settings.DEFAULT, (subscription, reason) -> { }, KERNEL.audit);

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(Webhooks.class, webhooks));

    @AfterEach
    void close() {
        webhooks.close();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<WebhookSubscription> subscriptions() {
        return _get(Grid.class, spec -> spec.withId("webhooks-grid"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> types() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("webhook-event-types"));
    }

    @Test
    void anAdministratorSubscribesAUrlSeesItsSecretOnceAndItsDeliveryLog() {
        String name = Kernel.unique("Billing ");
        ui.open("admin/webhooks");
        _setValue(field("webhook-name"), name);
        _setValue(field("webhook-url"), "http://127.0.0.1:9/hook");
        _setValue(types(), Set.of("kernel.TaskCreated"));
        _click(_get(Button.class, spec -> spec.withId("webhook-create")));
        assertThat(field("webhook-url").isInvalid()).as("a private address is refused on the field").isTrue();
        assertThat(field("webhook-url").getErrorMessage()).contains("127.0.0.1", "private address");
        assertThat(_findAll(subscriptions())).extracting(WebhookSubscription::name).doesNotContain(name);

        _setValue(field("webhook-url"), "https://93.184.215.14/hook");
        _click(_get(Button.class, spec -> spec.withId("webhook-create")));
        assertThat(field("webhook-secret").getValue()).startsWith("whsec_");
        WebhookSubscription created = _findAll(subscriptions()).stream()
                .filter(subscription -> subscription.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.eventTypes()).containsExactly("kernel.TaskCreated");
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));
        assertThat(_find(TextField.class, spec -> spec.withId("webhook-secret"))).as("shown once").isEmpty();

        webhooks.feeder().onEvent(new TaskCreated(null, 5L, null, null, null, "kernel"),
                new EventMetadata(Long.MAX_VALUE - 10, "kernel:x", KERNEL.clock.instant(), "kernel", 1));
        webhooks.feeder().endOfBatch();
        _click(_get(Button.class, spec -> spec.withId("webhook-deliveries-reload")));
        @SuppressWarnings("unchecked")
        Grid<WebhookDelivery> log = _get(Grid.class, spec -> spec.withId("webhook-deliveries"));
        assertThat(_findAll(log)).singleElement().extracting(WebhookDelivery::eventType).isEqualTo("kernel.TaskCreated");
        assertThat(_getFormatted(log, 0, "status")).isEqualTo("Pending");

        _click(_get(Button.class, spec -> spec.withId("webhook-toggle")));
        assertThat(webhooks.subscriptions().get(created.id(), ui.actor()).enabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("webhook-toggle")).getText()).isEqualTo("Enable");
    }
}
