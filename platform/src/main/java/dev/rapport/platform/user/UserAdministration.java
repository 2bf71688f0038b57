package dev.rapport.platform.user;

import dev.rapport.platform.cluster.CacheSignals;
import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.USER_DEPARTMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Creating and changing users: active administrators only, every change in the audit log. Passwords are stored as
 * Argon2id hashes; a password an administrator sets is temporary (the user must change it at sign-in). A changed or
 * reset password or a deactivation ends the user's other sessions ({@link #endSessionsWith}).
 */
public final class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final DSLContext dsl;
    private final Clock clock;
    private final UserDirectory users;
    private final DepartmentDirectory departments;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private volatile SessionTermination sessions = SessionTermination.NONE;
    private volatile CacheSignals signals;

    public UserAdministration(DSLContext dsl, Clock clock, UserDirectory users, DepartmentDirectory departments,
                              PasswordHasher hasher, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.users = users;
        this.departments = departments;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** From now on, a changed or reset password or a deactivation ends that user's other sessions through {@code sessions}. */
    public void endSessionsWith(SessionTermination sessions) {
        this.sessions = sessions;
    }

    /**
     * From now on, a user changed here is dropped from the other nodes' caches too, and a change that ends sessions
     * ends them on every node; changes made on the other nodes are applied here.
     */
    public void signalOtherNodesWith(CacheSignals signals) {
        signals.on(CacheSignals.USER, key -> users.forget(Long.parseLong(key)));
        signals.on(CacheSignals.USER_SESSIONS, key -> {
            users.forget(Long.parseLong(key));
            sessions.endSessionsOf(Long.parseLong(key));
        });
        this.signals = signals;
    }

    /** Drops {@code userId} from the caches here and on the other nodes, and ends its other sessions if asked. */
    private void changed(long userId, boolean endSessions) {
        users.forget(userId);
        if (endSessions) {
            sessions.endSessionsOf(userId);
        }
        CacheSignals others = signals;
        if (others != null) {
            others.send(endSessions ? CacheSignals.USER_SESSIONS : CacheSignals.USER, userId);
        }
    }

    /**
     * Refuses an action of {@code actor} when they were deactivated meanwhile (a view opened before still shows):
     * only active users change anything.
     */
    void requireActive(Actor actor) {
        if (!actor.isSystem() && users.actorOf(actor.userId()).isEmpty()) {
            throw new AccessDeniedException(actor.displayName() + " is no longer active and may change nothing");
        }
    }

    /** What an administrator enters for a user. */
    public record UserDraft(String username, String displayName, String email, Role role, Set<Long> departmentIds,
                            boolean active) {
        public UserDraft {
            departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
        }
    }

    /**
     * Creates a user who signs in with {@code initialPassword}; when {@code temporary}, they must change it at
     * their first sign-in.
     */
    public User create(UserDraft draft, String initialPassword, boolean temporary, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "create users");
        requireActive(actor);
        checkNewUser(draft, initialPassword);
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long userId = tx.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, draft.username().strip())
                    .set(APP_USER.DISPLAY_NAME, draft.displayName().strip())
                    .set(APP_USER.EMAIL, blankToNull(draft.email()))
                    .set(APP_USER.ROLE, draft.role().name())
                    .set(APP_USER.ACTIVE, draft.active())
                    .set(APP_USER.PASSWORD_HASH, hasher.hash(initialPassword))
                    .set(APP_USER.MUST_CHANGE_PASSWORD, temporary)
                    .set(APP_USER.PASSWORD_CHANGED_AT, clock.instant())
                    .set(APP_USER.CREATED_AT, clock.instant())
                    .returningResult(APP_USER.ID).fetchSingle().value1();
            saveDepartments(tx, userId, draft.departmentIds());
            audit.record(tx, actor, AuditAction.USER_CREATED, "user", userId, describe(draft));
            return userId;
        });
        return users.find(id).orElseThrow();
    }

    /** Refuses {@code draft} and {@code password} for a new user unless both are valid; writes nothing. */
    public void checkNewUser(UserDraft draft, String password) {
        List<FieldError> errors = validate(draft, null);
        errors.addAll(PasswordPolicy.check("password", password, draft.username()));
        ValidationException.throwIfAny(errors);
    }

    /** Changes a user's name, email, role, departments or active flag, if nobody changed them since {@code version}. */
    public User update(long userId, int version, UserDraft draft, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "change users");
        requireActive(actor);
        User current = users.find(userId).orElseThrow(() -> new NotFoundException("User", userId));
        List<FieldError> errors = validate(draft, userId);
        if (userId == actor.userId() && (draft.role() != Role.ADMINISTRATOR || !draft.active())) {
            errors.add(FieldError.of("role", "validation.cannotDemoteYourself"));
        }
        ValidationException.throwIfAny(errors);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            int updated = tx.update(APP_USER)
                    .set(APP_USER.USERNAME, draft.username().strip())
                    .set(APP_USER.DISPLAY_NAME, draft.displayName().strip())
                    .set(APP_USER.EMAIL, blankToNull(draft.email()))
                    .set(APP_USER.ROLE, draft.role().name())
                    .set(APP_USER.ACTIVE, draft.active())
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                    .where(APP_USER.ID.eq(userId)).and(APP_USER.VERSION.eq(version)).execute();
            if (updated == 0) {
                throw new ConcurrentEditException("User", userId, clock.instant(), "");
            }
            tx.deleteFrom(USER_DEPARTMENT).where(USER_DEPARTMENT.USER_ID.eq(userId)).execute();
            saveDepartments(tx, userId, draft.departmentIds());
            audit.record(tx, actor, AuditAction.USER_UPDATED, "user", userId, changes(current, draft));
        });
        changed(userId, current.active() && !draft.active());
        return users.find(userId).orElseThrow();
    }

    /** Sets a new temporary password (shown once to the administrator); the user must change it at sign-in. */
    public String resetPassword(long userId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "reset passwords");
        requireActive(actor);
        User user = users.find(userId).orElseThrow(() -> new NotFoundException("User", userId));
        // A service account acts through access tokens only: a password would let it sign in to the UI.
        Permissions.require(!dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.SERVICE_ACCOUNT.isTrue())),
                actor, "give service account " + user.username() + " a password");
        String temporary = temporaryPassword();
        dsl.transaction(configuration -> {
            configuration.dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, hasher.hash(temporary))
                    .set(APP_USER.MUST_CHANGE_PASSWORD, true).set(APP_USER.PASSWORD_CHANGED_AT, clock.instant())
                    .where(APP_USER.ID.eq(userId)).execute();
            audit.record(configuration.dsl(), actor, AuditAction.PASSWORD_RESET, "user", userId, user.username());
        });
        changed(userId, true);
        return temporary;
    }

    /** Stores a password the user chose (the caller checked the old one); the user no longer must change it. */
    void storeChosenPassword(long userId, String password) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hasher.hash(password)).set(APP_USER.MUST_CHANGE_PASSWORD, false)
                .set(APP_USER.PASSWORD_CHANGED_AT, clock.instant()).where(APP_USER.ID.eq(userId)).execute();
        changed(userId, true);
    }

    /**
     * Replaces an outdated hash of the same password (made at sign-in with the current parameters), unless the
     * password changed meanwhile; nothing else about the user changes.
     */
    void upgradeHash(long userId, String outdatedHash, String currentHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, currentHash)
                .where(APP_USER.ID.eq(userId)).and(APP_USER.PASSWORD_HASH.eq(outdatedHash)).execute();
    }

    String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    private List<FieldError> validate(UserDraft draft, Long userId) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.username() == null || !USERNAME.matcher(draft.username().strip()).matches()) {
            errors.add(FieldError.of("username", "validation.username"));
        } else {
            users.findByUsername(draft.username().strip()).filter(other -> !Objects.equals(other.id(), userId))
                    .ifPresent(other -> errors.add(FieldError.of("username", "validation.taken", draft.username())));
        }
        TextRules.requireText(errors, "displayName", draft.displayName(), 200);
        TextRules.optionalText(errors, "email", draft.email(), 254);
        if (draft.email() != null && !draft.email().isBlank()
                && !dev.rapport.platform.customer.EmailAddresses.isValid(draft.email().strip())) {
            errors.add(FieldError.of("email", "validation.email", draft.email()));
        }
        if (draft.role() == null) {
            errors.add(FieldError.of("role", "validation.required"));
        }
        for (Long departmentId : draft.departmentIds()) {
            if (departments.find(departmentId).isEmpty()) {
                errors.add(FieldError.of("departmentIds", "validation.departmentMissing"));
            }
        }
        return errors;
    }

    private static void saveDepartments(DSLContext tx, long userId, Set<Long> departmentIds) {
        for (Long departmentId : departmentIds) {
            tx.insertInto(USER_DEPARTMENT).set(USER_DEPARTMENT.USER_ID, userId)
                    .set(USER_DEPARTMENT.DEPARTMENT_ID, departmentId).execute();
        }
    }

    private String describe(UserDraft draft) {
        return "username: " + draft.username() + "\nrole: " + draft.role() + "\ndepartments: "
                + departmentNames(draft.departmentIds()) + "\nactive: " + draft.active();
    }

    /** Departments by name, as a person reads them in the audit log (ids mean nothing there). */
    private String departmentNames(Set<Long> ids) {
        return ids.isEmpty() ? "—" : new TreeSet<>(ids).stream()
                .map(id -> departments.find(id).map(dev.rapport.sdk.security.Department::name).orElse(String.valueOf(id)))
                .sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private String changes(User before, UserDraft after) {
        List<String> lines = new ArrayList<>();
        change(lines, "username", before.username(), after.username());
        change(lines, "displayName", before.displayName(), after.displayName());
        change(lines, "email", before.email(), blankToNull(after.email()));
        change(lines, "role", before.role(), after.role());
        if (!before.departmentIds().equals(Set.copyOf(after.departmentIds()))) {
            lines.add("departments: " + departmentNames(before.departmentIds()) + " → "
                    + departmentNames(Set.copyOf(after.departmentIds())));
        }
        change(lines, "active", before.active(), after.active());
        return String.join("\n", lines);
    }

    private static void change(List<String> lines, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            lines.add(field + ": " + before + " → " + after);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
