package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.ApiProblem;

/** The record version an update is based on, from its {@code If-Match} header (the ETag of the read). */
final class Versions {

    private Versions() {
    }

    static int fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "if-match-required",
                    "Send the ETag of your read in If-Match, so a change made since is not overwritten.");
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.badField("If-Match", "invalid-etag", "Not an ETag of this record: " + ifMatch);
        }
    }
}
