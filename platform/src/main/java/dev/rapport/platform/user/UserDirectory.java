package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.USER_DEPARTMENT;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rapport.platform.internal.db.tables.records.AppUserRecord;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Reads the platform's users, with their role and departments. Lookups by id are cached (names appear in
 * every list); {@link UserAdministration} invalidates the cache when it changes a user.
 */
public final class UserDirectory {

    private final DSLContext dsl;
    private final LoadingCache<Long, Optional<User>> byId;

    public UserDirectory(DSLContext dsl) {
        this.dsl = dsl;
        this.byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10))
                .build(id -> dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional()
                        .map(record -> toUser(record, departmentsOf(id))));
    }

    public Optional<User> find(long id) {
        return byId.get(id);
    }

    public Optional<User> findByUsername(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(APP_USER.ID).flatMap(this::find);
    }

    /** Active users by display name; a company has hundreds at most. */
    public List<User> activeUsers() {
        return users(true);
    }

    /** Every user, also deactivated ones, by display name. */
    public List<User> allUsers() {
        return users(false);
    }

    private List<User> users(boolean activeOnly) {
        Map<Long, Set<Long>> departments = new HashMap<>();
        dsl.selectFrom(USER_DEPARTMENT).forEach(r ->
                departments.computeIfAbsent(r.getUserId(), id -> new HashSet<>()).add(r.getDepartmentId()));
        return dsl.selectFrom(APP_USER).where(activeOnly ? APP_USER.ACTIVE.isTrue() : org.jooq.impl.DSL.noCondition())
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(record -> toUser(record, departments.getOrDefault(record.getId(), Set.of())));
    }

    /** The acting identity of a user, as sessions and services use it. */
    public Optional<Actor> actorOf(long userId) {
        return find(userId).filter(User::active).map(Actor::of);
    }

    Set<Long> departmentsOf(long userId) {
        return new HashSet<>(dsl.select(USER_DEPARTMENT.DEPARTMENT_ID).from(USER_DEPARTMENT)
                .where(USER_DEPARTMENT.USER_ID.eq(userId)).fetch(USER_DEPARTMENT.DEPARTMENT_ID));
    }

    /** The stored password hash, for sign-in only. */
    Optional<String> passwordHash(long userId) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    /** Whether an active administrator who can sign in exists (else a production installation needs set-up). */
    public boolean hasAdministrator() {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.ADMINISTRATOR.name()).and(APP_USER.ACTIVE.isTrue())
                .and(APP_USER.PASSWORD_HASH.isNotNull()));
    }

    DSLContext dsl() {
        return dsl;
    }

    void forget(long userId) {
        byId.invalidate(userId);
    }

    static User toUser(AppUserRecord record, Set<Long> departments) {
        return new User(record.getId(), record.getUsername(), record.getDisplayName(), record.getEmail(),
                Boolean.TRUE.equals(record.getActive()), Role.valueOf(record.getRole()), departments,
                Boolean.TRUE.equals(record.getMustChangePassword()), record.getVersion());
    }
}
