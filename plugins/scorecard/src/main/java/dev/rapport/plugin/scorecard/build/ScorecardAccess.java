package dev.rapport.plugin.scorecard.build;

import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.List;

/**
 * Who may read and change which scorecard: a department's members read its scorecard and its managers change it;
 * administrators read and change every one; the company's scorecard is read by administrators and the management
 * department and changed by administrators only.
 */
public final class ScorecardAccess {

    /** The department whose members read the company's scorecard. */
    public static final String MANAGEMENT = "management";

    private ScorecardAccess() {
    }

    public static boolean canRead(UserInfo user, long departmentId) {
        if (user.role() == Role.ADMINISTRATOR) {
            return true;
        }
        return departmentId == Scorecard.COMPANY ? user.isMemberOf(MANAGEMENT) : isMember(user, departmentId);
    }

    public static boolean canEdit(UserInfo user, long departmentId) {
        if (user.role() == Role.ADMINISTRATOR) {
            return true;
        }
        return departmentId != Scorecard.COMPANY && user.role() == Role.MANAGER && isMember(user, departmentId);
    }

    /** The departments whose scorecards {@code user} reads, of {@code all}. */
    public static List<Department> readable(UserInfo user, List<Department> all) {
        return all.stream().filter(department -> canRead(user, department.id())).toList();
    }

    private static boolean isMember(UserInfo user, long departmentId) {
        return user.departments().stream().anyMatch(department -> department.id() == departmentId);
    }
}
