package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.APP_USER;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rapport.platform.internal.db.tables.records.AppUserRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The platform's users: who can own customers and record interactions. */
public final class UserDirectory {

    private final DSLContext dsl;
    private final Clock clock;
    private final LoadingCache<Long, Optional<User>> byId;

    public UserDirectory(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10))
                .build(id -> dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserDirectory::toUser));
    }

    public Optional<User> find(long id) {
        return byId.get(id);
    }

    public Optional<User> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional().map(UserDirectory::toUser);
    }

    /** Active users by display name; a company has hundreds at most. */
    public List<User> activeUsers() {
        return dsl.selectFrom(APP_USER).where(APP_USER.ACTIVE.isTrue()).orderBy(APP_USER.DISPLAY_NAME)
                .fetch(UserDirectory::toUser);
    }

    public User create(String username, String displayName, String email) {
        AppUserRecord record = dsl.newRecord(APP_USER);
        record.setUsername(username);
        record.setDisplayName(displayName);
        record.setEmail(email);
        record.setActive(true);
        record.setCreatedAt(clock.instant());
        record.store();
        return toUser(record);
    }

    /** The user with {@code username}, created if missing. */
    public User ensure(String username, String displayName, String email) {
        return findByUsername(username).orElseGet(() -> create(username, displayName, email));
    }

    static User toUser(AppUserRecord record) {
        return new User(record.getId(), record.getUsername(), record.getDisplayName(), record.getEmail(),
                Boolean.TRUE.equals(record.getActive()));
    }
}
