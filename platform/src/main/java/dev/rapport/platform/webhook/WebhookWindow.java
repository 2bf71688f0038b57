package dev.rapport.platform.webhook;

import java.time.Duration;

/**
 * How many requests one subscription may have under way: {@link #START} at first, one more after each 2xx answer that
 * came within {@link #FAST}, up to the cap ({@code webhooks.per.subscription}), and half as many (at least one) after
 * a failure or a slow answer: additive increase, multiplicative decrease, as TCP paces a connection. A receiver that
 * keeps up is sent as much as it takes, so one receiver's messages do not queue behind a fixed handful of requests; a
 * struggling one is soon down to one request at a time, so it holds few of the sender's slots and is not pushed over.
 * Thread-safe: the sender's loop takes slots, the requests' threads give them back.
 */
final class WebhookWindow {

    /** Requests under way to a receiver not heard from yet. */
    static final int START = 4;
    /** An answer slower than this counts against the window, as a failure does. */
    static final Duration FAST = Duration.ofSeconds(1);

    private final int cap;
    private int limit;
    private int inFlight;

    WebhookWindow(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("A subscription needs at least one request at a time");
        }
        this.cap = cap;
        this.limit = Math.min(START, cap);
    }

    /** How many more requests may start now. */
    synchronized int room() {
        return Math.max(0, limit - inFlight);
    }

    synchronized void started() {
        inFlight++;
    }

    /** A request ended: {@code fastSuccess} when the receiver answered 2xx within {@link #FAST}. */
    synchronized void finished(boolean fastSuccess) {
        inFlight--;
        limit = fastSuccess ? Math.min(cap, limit + 1) : Math.max(1, limit / 2);
    }

    synchronized int limit() {
        return limit;
    }

    synchronized int inFlight() {
        return inFlight;
    }
}
