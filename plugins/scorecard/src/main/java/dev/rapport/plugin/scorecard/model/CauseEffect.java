package dev.rapport.plugin.scorecard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cause-effect links between a scorecard's objectives must never go round in a circle: a strategy map reads from
 * causes to effects, and an objective that (through others) leads back to itself has no place in that reading.
 */
public final class CauseEffect {

    private CauseEffect() {
    }

    /**
     * A circle among the links, if there is one: the positions along it, the first repeated at the end (e.g. [2, 0,
     * 2] for 2 leads to 0 and 0 to 2); the last link of the list (second to last to last position) closes it.
     * Links to positions outside the list are ignored (they are refused on their own).
     */
    public static Optional<List<Integer>> circle(List<Objective> objectives) {
        int[] state = new int[objectives.size()];
        List<Integer> path = new ArrayList<>();
        for (int start = 0; start < objectives.size(); start++) {
            if (state[start] == 0) {
                Optional<List<Integer>> found = visit(start, objectives, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Depth-first: state 1 is on the current path, 2 is done (no circle reachable from it). */
    private static Optional<List<Integer>> visit(int at, List<Objective> objectives, int[] state, List<Integer> path) {
        state[at] = 1;
        path.add(at);
        for (int next : objectives.get(at).leadsTo()) {
            if (next < 0 || next >= objectives.size()) {
                continue;
            }
            if (state[next] == 1) {
                List<Integer> circle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                circle.add(next);
                return Optional.of(circle);
            }
            if (state[next] == 0) {
                Optional<List<Integer>> found = visit(next, objectives, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        state[at] = 2;
        path.remove(path.size() - 1);
        return Optional.empty();
    }
}
