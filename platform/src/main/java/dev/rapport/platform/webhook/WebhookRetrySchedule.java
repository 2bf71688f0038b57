package dev.rapport.platform.webhook;

import dev.rapport.platform.config.RapportConfig;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed message is tried again: after {@code firstPause}, then twice as long each time up to {@code maxPause},
 * each pause shortened or lengthened at random by up to a fifth (jitter, so that receivers coming back are not hit by
 * every retry at once); no retry is planned past {@code window} from the first attempt, and the message then fails.
 */
public record WebhookRetrySchedule(Duration firstPause, Duration maxPause, Duration window) {

    public static final WebhookRetrySchedule DEFAULT = new WebhookRetrySchedule(Duration.ofSeconds(5),
            Duration.ofHours(1), Duration.ofHours(24));

    public WebhookRetrySchedule {
        if (firstPause.isNegative() || firstPause.isZero() || maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("The pauses must be positive and the longest no shorter than the first");
        }
    }

    /** From {@code webhooks.retry.first.pause.seconds}, {@code webhooks.retry.max.pause.minutes} and {@code webhooks.retry.window.hours}. */
    public static WebhookRetrySchedule configured(RapportConfig config) {
        return new WebhookRetrySchedule(
                Duration.ofSeconds(config.getInt("webhooks.retry.first.pause.seconds", (int) DEFAULT.firstPause.toSeconds())),
                Duration.ofMinutes(config.getInt("webhooks.retry.max.pause.minutes", (int) DEFAULT.maxPause.toMinutes())),
                Duration.ofHours(config.getInt("webhooks.retry.window.hours", (int) DEFAULT.window.toHours())));
    }

    /** The pause after failed attempt number {@code attempts} (1 or more), before jitter. */
    Duration basePause(int attempts) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 30));
        return pause.compareTo(maxPause) > 0 || pause.isNegative() ? maxPause : pause;
    }

    /** The pause after failed attempt number {@code attempts}, with jitter of ±20 %. */
    Duration pauseAfter(int attempts) {
        long base = basePause(attempts).toMillis();
        long jitter = Math.round(base * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return Duration.ofMillis(Math.max(1, base + jitter));
    }
}
