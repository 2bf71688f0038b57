package dev.rapport.plugin.scorecard.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of department a scorecard template is written for, recognised by the department's code. */
public enum DepartmentKind {
    SALES("sales"),
    MARKETING("marketing"),
    SERVICE("service"),
    FIELD_OPERATIONS("field"),
    MANAGEMENT("management");

    private final String code;

    DepartmentKind(String code) {
        this.code = code;
    }

    /** The kind whose usual department code starts {@code departmentCode} (e.g. {@code sales}, {@code field-north}). */
    public static Optional<DepartmentKind> ofCode(String departmentCode) {
        String code = departmentCode.toLowerCase(Locale.ROOT);
        for (DepartmentKind kind : values()) {
            if (code.startsWith(kind.code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
