package dev.rapport.plugin.acquisition.assignment;

import dev.rapport.plugin.acquisition.event.LeadAssigned;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.support.WorkingDays;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Hands leads to people: by the first matching assignment rule (territory, product interest, or any), to a user
 * or round-robin among a department's agents and managers; or by hand. Every assignment makes a follow-up task for
 * the new owner (or the department's queue) and publishes {@link LeadAssigned}, in the caller's transaction.
 */
public final class AssignmentService {

    private final PluginContext context;

    public AssignmentService(PluginContext context) {
        this.context = context;
    }

    /** Assigns {@code lead} by the rules; empty when no active rule matches (it then stays unassigned). */
    public Optional<Assignment> assignByRules(DSLContext tx, Lead lead, Set<Long> productIds) {
        for (AssignmentRule rule : new AssignmentRuleRepository(tx).all()) {
            if (rule.active() && matches(rule, lead, productIds)) {
                Long owner = rule.userId() != null ? activeUser(rule.userId()).map(UserInfo::id).orElse(null)
                        : nextMember(tx, rule.departmentId()).orElse(null);
                if (owner == null && rule.departmentId() == null) {
                    context.logger().warn("Assignment rule {} names user {}, who is no longer active; rule skipped",
                            rule.id(), rule.userId());
                    continue;
                }
                return Optional.of(assign(tx, lead, owner, rule.departmentId()));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(AssignmentRule rule, Lead lead, Set<Long> productIds) {
        return switch (rule.kind()) {
            case TERRITORY -> lead.countryCode() != null && rule.countries().contains(lead.countryCode());
            case PRODUCT_INTEREST -> rule.productId() != null && productIds.contains(rule.productId());
            case ANY -> true;
        };
    }

    /** The department's agent or manager after the one who got its last lead (by user id, wrapping round). */
    private Optional<Long> nextMember(DSLContext tx, long departmentId) {
        List<Long> members = context.staff().members(departmentId).stream()
                .filter(user -> user.role() == Role.AGENT || user.role() == Role.MANAGER).map(UserInfo::id).toList();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        AssignmentRuleRepository repository = new AssignmentRuleRepository(tx);
        long last = repository.lockLastAssignee(departmentId).orElse(0L);
        long next = members.stream().filter(id -> id > last).findFirst().orElse(members.getFirst());
        repository.setLastAssignee(departmentId, next);
        return Optional.of(next);
    }

    private Optional<UserInfo> activeUser(long userId) {
        return context.staff().activeUsers().stream().filter(user -> user.id() == userId).findFirst();
    }

    /**
     * Gives {@code lead} to {@code ownerId} and/or the queue of {@code departmentId} in {@code tx}, with a follow-up
     * task for the owner (or the queue) and a {@link LeadAssigned} event. Without a department, the lead counts for
     * the owner's first department (the department figures of the scorecard go by it).
     */
    public Assignment assign(DSLContext tx, Lead lead, Long ownerId, Long departmentId) {
        if (ownerId == null && departmentId == null) {
            throw new ValidationException(List.of(FieldError.of("ownerId", "acquisition.validation.ownerOrQueue")));
        }
        if (departmentId == null) {
            departmentId = context.staff().user(ownerId).flatMap(user -> user.departments().stream().findFirst())
                    .map(dev.rapport.sdk.security.Department::id).orElse(null);
        }
        new LeadRepository(tx).setOwner(lead.id(), ownerId, departmentId, context.clock().instant());
        LocalDate due = WorkingDays.after(LocalDate.now(context.clock()), 1);
        String description = String.join("\n", List.of(
                lead.email() == null ? "" : lead.email(), lead.phone() == null ? "" : lead.phone(),
                context.i18n().get(Locale.ENGLISH, "acquisition.task.openLead", "acquisition/leads/" + lead.id()))).strip();
        TaskInfo task = context.tasks().create(tx, new NewTask(
                context.i18n().get(Locale.ENGLISH, "acquisition.task.contactLead", lead.displayName()), description,
                null, due, TaskPriority.NORMAL, ownerId, ownerId == null ? departmentId : null));
        context.events().publish(tx, new LeadAssigned(null, lead.id(), ownerId, departmentId, task.id()));
        return new Assignment(ownerId, departmentId, task.id());
    }

    // The rules, managed by managers

    public List<AssignmentRule> rules() {
        return new AssignmentRuleRepository(context.dsl()).all();
    }

    public void save(AssignmentRule rule) {
        context.security().requireRole(Role.MANAGER, "change assignment rules");
        validate(rule);
        AssignmentRuleRepository repository = new AssignmentRuleRepository(context.dsl());
        if (rule.id() == 0) {
            repository.insert(rule, context.clock().instant());
        } else if (!repository.update(rule)) {
            throw new NotFoundException("Assignment rule", rule.id());
        }
    }

    public void move(long ruleId, int direction) {
        context.security().requireRole(Role.MANAGER, "reorder assignment rules");
        context.dsl().transaction(configuration -> new AssignmentRuleRepository(configuration.dsl()).move(ruleId, direction));
    }

    public void delete(long ruleId) {
        context.security().requireRole(Role.MANAGER, "delete assignment rules");
        if (!new AssignmentRuleRepository(context.dsl()).delete(ruleId)) {
            throw new NotFoundException("Assignment rule", ruleId);
        }
    }

    private void validate(AssignmentRule rule) {
        List<FieldError> errors = new ArrayList<>();
        if (rule.kind() == null) {
            errors.add(FieldError.of("kind", "acquisition.validation.required"));
        } else if (rule.kind() == AssignmentKind.TERRITORY) {
            Set<String> known = Set.of(Locale.getISOCountries());
            if (rule.countries().isEmpty() || !known.containsAll(rule.countries())) {
                errors.add(FieldError.of("countryCodes", "acquisition.validation.countries"));
            }
        } else if (rule.kind() == AssignmentKind.PRODUCT_INTEREST && rule.productId() == null) {
            errors.add(FieldError.of("productId", "acquisition.validation.required"));
        }
        if ((rule.userId() == null) == (rule.departmentId() == null)) {
            errors.add(FieldError.of("userId", "acquisition.validation.userOrDepartment"));
        }
        if (rule.userId() != null && activeUser(rule.userId()).isEmpty()) {
            errors.add(FieldError.of("userId", "acquisition.validation.user"));
        }
        if (rule.departmentId() != null && context.staff().department(rule.departmentId()).isEmpty()) {
            errors.add(FieldError.of("departmentId", "acquisition.validation.department"));
        }
        ValidationException.throwIfAny(errors);
    }
}
