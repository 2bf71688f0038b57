package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;

import dev.rapport.sdk.security.Department;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The company's departments (Sales, Marketing, Customer Service, Field Operations, Management, ...). */
public final class DepartmentDirectory {

    private final DSLContext dsl;

    public DepartmentDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every department by name; a company has a handful to a few dozen. */
    public List<Department> all() {
        return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.NAME)
                .fetch(r -> new Department(r.getId(), r.getCode(), r.getName()));
    }

    public Optional<Department> find(long id) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOptional()
                .map(r -> new Department(r.getId(), r.getCode(), r.getName()));
    }

    public Optional<Department> findByCode(String code) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOptional()
                .map(r -> new Department(r.getId(), r.getCode(), r.getName()));
    }
}
