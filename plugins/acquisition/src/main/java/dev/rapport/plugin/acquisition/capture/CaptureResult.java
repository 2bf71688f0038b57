package dev.rapport.plugin.acquisition.capture;

import dev.rapport.plugin.acquisition.assignment.Assignment;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import java.util.List;
import java.util.Optional;

/** The outcome of a capture. */
public sealed interface CaptureResult {

    /**
     * The lead was stored (or an existing one updated), logged, scored and, if it had no owner, assigned.
     *
     * @param existing true when an existing lead was updated
     * @param score the lead's score afterwards
     * @param assignment who it went to, when it was assigned now
     */
    record Captured(long leadId, boolean existing, int score, Optional<Assignment> assignment,
                    List<DuplicateMatch> duplicates) implements CaptureResult {
    }

    /** Nothing was stored: these may be the same person or company ({@link DuplicatePolicy#REPORT}). */
    record PossibleDuplicates(List<DuplicateMatch> matches) implements CaptureResult {
    }
}
