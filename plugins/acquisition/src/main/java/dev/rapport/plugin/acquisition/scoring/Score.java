package dev.rapport.plugin.acquisition.scoring;

import java.util.List;

/** A lead's score and the rules that make it up. */
public record Score(int total, List<ScoreLine> lines) {

    public Score {
        lines = List.copyOf(lines);
    }
}
