package dev.rapport.platform.api;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.USER_DEPARTMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Users for integrations: an administrator creates one with a department and a role, then issues it access tokens
 * ({@link AccessTokens}). A service account has no password and is never offered a way to sign in to the UI
 * ({@link #isServiceAccount} lets the sign-in and password reset refuse it); its calls are audited under its name.
 */
public final class ServiceAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    private final DSLContext dsl;
    private final Clock clock;
    private final UserDirectory users;
    private final DepartmentDirectory departments;
    private final AuditLog audit;

    public ServiceAccounts(DSLContext dsl, Clock clock, UserDirectory users, DepartmentDirectory departments,
                           AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.users = users;
        this.departments = departments;
        this.audit = audit;
    }

    /**
     * Creates a service account, administrators only.
     *
     * @throws ValidationException for a bad or taken username, a missing name, role or department
     */
    public User create(String username, String displayName, Role role, long departmentId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "create service accounts");
        List<FieldError> errors = new ArrayList<>();
        String cleanName = username == null ? "" : username.strip();
        if (!USERNAME.matcher(cleanName).matches()) {
            errors.add(FieldError.of("username", "validation.username"));
        } else if (users.findByUsername(cleanName).isPresent()) {
            errors.add(FieldError.of("username", "validation.taken", cleanName));
        }
        TextRules.requireText(errors, "displayName", displayName, 200);
        if (role == null) {
            errors.add(FieldError.of("role", "validation.required"));
        }
        if (departments.find(departmentId).isEmpty()) {
            errors.add(FieldError.of("departmentId", "validation.departmentMissing"));
        }
        ValidationException.throwIfAny(errors);
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long userId = tx.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, cleanName)
                    .set(APP_USER.DISPLAY_NAME, displayName.strip())
                    .set(APP_USER.ROLE, role.name())
                    .set(APP_USER.ACTIVE, true)
                    .set(APP_USER.SERVICE_ACCOUNT, true)
                    .set(APP_USER.CREATED_AT, clock.instant())
                    .returningResult(APP_USER.ID).fetchSingle().value1();
            tx.insertInto(USER_DEPARTMENT).set(USER_DEPARTMENT.USER_ID, userId)
                    .set(USER_DEPARTMENT.DEPARTMENT_ID, departmentId).execute();
            audit.record(tx, actor, AuditAction.SERVICE_ACCOUNT_CREATED, "user", userId,
                    "username: " + cleanName + "\nrole: " + role + "\ndepartment: " + departmentId);
            return userId;
        });
        return users.find(id).orElseThrow();
    }

    /** The service accounts, by name (a company has a few). */
    public List<User> all() {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.SERVICE_ACCOUNT.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME).limit(1000).fetch(APP_USER.ID).stream()
                .map(id -> users.find(id).orElseThrow()).toList();
    }

    public boolean isServiceAccount(long userId) {
        return dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.SERVICE_ACCOUNT.isTrue()));
    }
}
