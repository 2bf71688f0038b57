package dev.rapport.platform.user;

import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import java.util.Set;

/**
 * The permission rules, in one place, enforced by the services (the UI only hides what would be refused):
 * <ul>
 * <li>read-only users change nothing;</li>
 * <li>agents create customers, log contacts with any customer (no contact may go unrecorded), and change the
 *     customers they own or nobody owns; they work the tasks assigned to them and those in their departments'
 *     queues;</li>
 * <li>managers change the customers owned by anyone in their departments (or nobody), manage the product
 *     catalogue, merge, import and export customers, work every task of their departments and see their
 *     departments' figures;</li>
 * <li>administrators may do everything, and alone manage users, departments, plugins and event delivery.</li>
 * </ul>
 */
public final class Permissions {

    private Permissions() {
    }

    public static void require(Actor actor, Role role, String action) {
        if (!actor.has(role)) {
            throw new AccessDeniedException(actor.displayName() + " (" + actor.role() + ") may not " + action);
        }
    }

    public static void require(boolean allowed, Actor actor, String action) {
        if (!allowed) {
            throw new AccessDeniedException(actor.displayName() + " (" + actor.role() + ") may not " + action);
        }
    }

    /**
     * Whether {@code actor} may change a customer owned by {@code ownerId} (null: nobody), whose owner belongs
     * to {@code ownerDepartments}.
     */
    public static boolean canEditCustomer(Actor actor, Long ownerId, Set<Long> ownerDepartments) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        if (actor.has(Role.MANAGER)) {
            return ownerId == null || ownerId == actor.userId() || actor.isMemberOfAny(ownerDepartments);
        }
        if (actor.has(Role.AGENT)) {
            return ownerId == null || ownerId == actor.userId();
        }
        return false;
    }

    /** Whether {@code actor} may make {@code ownerId} the owner of a customer (agents: only themselves or nobody). */
    public static boolean canAssignOwner(Actor actor, Long ownerId, Set<Long> ownerDepartments) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        if (actor.has(Role.MANAGER)) {
            return ownerId == null || ownerId == actor.userId() || actor.isMemberOfAny(ownerDepartments);
        }
        return actor.has(Role.AGENT) && (ownerId == null || ownerId == actor.userId());
    }

    /**
     * Whether {@code actor} may see the figures of department {@code departmentId} (null: the whole company):
     * managers those of their own departments, administrators all.
     */
    public static boolean canSeeFigures(Actor actor, Long departmentId) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        return actor.has(Role.MANAGER) && departmentId != null && actor.departmentIds().contains(departmentId);
    }

    /**
     * Whether {@code actor} may see the key figures of {@code departmentId} on their home page (null: the whole
     * company): everyone sees their own departments' (their team's results are theirs to know), managers and
     * administrators as on the Figures page.
     */
    public static boolean canSeeKeyFigures(Actor actor, Long departmentId) {
        return canSeeFigures(actor, departmentId) || departmentId != null && actor.departmentIds().contains(departmentId);
    }

    /**
     * Whether {@code actor} may complete or cancel a task assigned to {@code assigneeId} (null: waiting in the
     * queue of {@code departmentId}), whose assignee belongs to {@code assigneeDepartments}.
     */
    public static boolean canWorkTask(Actor actor, Long assigneeId, Long departmentId, Set<Long> assigneeDepartments) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        if (actor.has(Role.MANAGER)) {
            return (assigneeId != null && assigneeId == actor.userId())
                    || (departmentId != null && actor.departmentIds().contains(departmentId))
                    || actor.isMemberOfAny(assigneeDepartments);
        }
        if (actor.has(Role.AGENT)) {
            return assigneeId != null ? assigneeId == actor.userId()
                    : departmentId != null && actor.departmentIds().contains(departmentId);
        }
        return false;
    }
}
