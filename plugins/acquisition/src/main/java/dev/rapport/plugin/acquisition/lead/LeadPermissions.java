package dev.rapport.plugin.acquisition.lead;

import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.UserInfo;
import java.util.Optional;

/**
 * Who may work which lead, following the kernel's rules for customers: managers and administrators every lead;
 * agents the leads they own, nobody owns, or that wait in one of their departments' queues; read-only users none.
 * The system (web forms, listeners) may do everything.
 */
public final class LeadPermissions {

    private final Security security;

    public LeadPermissions(Security security) {
        this.security = security;
    }

    public boolean canEdit(Lead lead) {
        if (!security.hasRole(Role.AGENT)) {
            return false;
        }
        Optional<UserInfo> user = security.currentUser();
        if (user.isEmpty() || security.hasRole(Role.MANAGER)) {
            return true;
        }
        if (lead.ownerId() != null) {
            return lead.ownerId() == user.get().id();
        }
        return lead.departmentId() == null
                || user.get().departments().stream().map(Department::id).anyMatch(lead.departmentId()::equals);
    }

    /** Whether the acting user may hand leads to other people (managers), not only take them. */
    public boolean canAssignOthers() {
        return security.hasRole(Role.MANAGER);
    }

    public void requireEdit(Lead lead, String action) {
        if (!canEdit(lead)) {
            String who = security.currentUser().map(UserInfo::displayName).orElse("The system");
            throw new AccessDeniedException(who + " may not " + action + ": lead " + lead.id() + " is not theirs");
        }
    }
}
