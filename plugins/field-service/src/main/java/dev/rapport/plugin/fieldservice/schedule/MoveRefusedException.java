package dev.rapport.plugin.fieldservice.schedule;

import java.util.Set;

/** A dispatcher's move would break hard rules of the day: nothing was changed; the rules are named. */
public final class MoveRefusedException extends RuntimeException {

    private final Set<String> brokenConstraints;

    public MoveRefusedException(Set<String> brokenConstraints) {
        super("The move breaks " + brokenConstraints);
        this.brokenConstraints = Set.copyOf(brokenConstraints);
    }

    /** Names of {@link dev.rapport.plugin.fieldservice.schedule.solver.FieldConstraints}. */
    public Set<String> brokenConstraints() {
        return brokenConstraints;
    }
}
