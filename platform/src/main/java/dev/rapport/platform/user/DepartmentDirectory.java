package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The company's departments (Sales, Marketing, Customer Service, Field Operations, Management, ...). */
public final class DepartmentDirectory {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;

    public DepartmentDirectory(DSLContext dsl, Clock clock, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every department by name; a company has a handful to a few dozen. */
    public List<Department> all() {
        return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.NAME).fetch(DepartmentDirectory::toDepartment);
    }

    public Optional<Department> find(long id) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOptional(DepartmentDirectory::toDepartment);
    }

    public Optional<Department> findByCode(String code) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOptional(DepartmentDirectory::toDepartment);
    }

    public Department create(String code, String name, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "create departments");
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            errors.add(FieldError.of("code", "validation.departmentCode"));
        } else if (findByCode(code.strip()).isPresent()) {
            errors.add(FieldError.of("code", "validation.taken", code.strip()));
        }
        TextRules.requireText(errors, "name", name, 100);
        ValidationException.throwIfAny(errors);
        long id = dsl.transactionResult(configuration -> {
            long created = configuration.dsl().insertInto(DEPARTMENT).set(DEPARTMENT.CODE, code.strip())
                    .set(DEPARTMENT.NAME, name.strip()).set(DEPARTMENT.CREATED_AT, clock.instant())
                    .returningResult(DEPARTMENT.ID).fetchSingle().value1();
            audit.record(configuration.dsl(), actor, AuditAction.DEPARTMENT_CREATED, "department", created,
                    code.strip() + ": " + name.strip());
            return created;
        });
        return find(id).orElseThrow();
    }

    public Department rename(long id, String name, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "rename departments");
        Department current = find(id).orElseThrow(() -> new NotFoundException("Department", id));
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "name", name, 100);
        ValidationException.throwIfAny(errors);
        dsl.transaction(configuration -> {
            configuration.dsl().update(DEPARTMENT).set(DEPARTMENT.NAME, name.strip()).where(DEPARTMENT.ID.eq(id)).execute();
            audit.record(configuration.dsl(), actor, AuditAction.DEPARTMENT_RENAMED, "department", id,
                    "name: " + current.name() + " → " + name.strip());
        });
        return find(id).orElseThrow();
    }

    private static Department toDepartment(Record record) {
        return new Department(record.get(DEPARTMENT.ID), record.get(DEPARTMENT.CODE), record.get(DEPARTMENT.NAME));
    }
}
