package dev.rapport.plugin.service.queue;

import java.util.Set;

/** An agent working a queue, with the request categories they take when the queue assigns by skill. */
public record QueueMember(long userId, Set<String> skills) {

    public QueueMember {
        skills = Set.copyOf(skills);
    }
}
