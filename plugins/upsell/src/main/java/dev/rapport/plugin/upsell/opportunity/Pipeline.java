package dev.rapport.plugin.upsell.opportunity;

import java.util.List;

/** A sales pipeline with its stages in board order. */
public record Pipeline(long id, String name, List<Stage> stages) {

    public Pipeline {
        stages = List.copyOf(stages);
    }

    public Stage firstStage() {
        return stages.getFirst();
    }
}
