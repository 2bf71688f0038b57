package dev.rapport.platform.marketplace;

import static dev.rapport.platform.internal.db.Tables.MARKETPLACE_REPOSITORY;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;

/** The repositories administrators added, in the database so every node of a cluster reads the same ones. */
final class RepositoryStore {

    private final DSLContext dsl;
    private final Clock clock;

    RepositoryStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A repository: the shipped one has no id and cannot be removed. */
    record Entry(Long id, String name, URI url) {
    }

    List<Entry> added() {
        return dsl.selectFrom(MARKETPLACE_REPOSITORY).orderBy(MARKETPLACE_REPOSITORY.NAME)
                .fetch(row -> new Entry(row.getId(), row.getName(), URI.create(row.getUrl())));
    }

    boolean nameTaken(String name) {
        return dsl.fetchExists(MARKETPLACE_REPOSITORY, MARKETPLACE_REPOSITORY.NAME.eq(name));
    }

    Entry add(String name, URI url, long userId) {
        long id = dsl.insertInto(MARKETPLACE_REPOSITORY).set(MARKETPLACE_REPOSITORY.NAME, name)
                .set(MARKETPLACE_REPOSITORY.URL, url.toString())
                .set(MARKETPLACE_REPOSITORY.ADDED_BY, userId == 0 ? null : userId)
                .set(MARKETPLACE_REPOSITORY.ADDED_AT, clock.instant())
                .returningResult(MARKETPLACE_REPOSITORY.ID).fetchSingle().value1();
        return new Entry(id, name, url);
    }

    /** Removes the repository; its name, if there was one. */
    java.util.Optional<String> remove(long id) {
        return dsl.deleteFrom(MARKETPLACE_REPOSITORY).where(MARKETPLACE_REPOSITORY.ID.eq(id))
                .returningResult(MARKETPLACE_REPOSITORY.NAME).fetchOptional(MARKETPLACE_REPOSITORY.NAME);
    }
}
