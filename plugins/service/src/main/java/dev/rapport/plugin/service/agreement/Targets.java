package dev.rapport.plugin.service.agreement;

import java.time.Duration;

/** The business time allowed for the first response and for the resolution of a request of one priority. */
public record Targets(Duration response, Duration resolution) {

    public static Targets ofMinutes(long response, long resolution) {
        return new Targets(Duration.ofMinutes(response), Duration.ofMinutes(resolution));
    }
}
