package dev.rapport.platform.customer.view;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_LIST_DEFAULT_VIEW;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_LIST_VIEW;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.internal.db.tables.records.CustomerListViewRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Saved views of the customer list. A user sees their own views and the views shared with one of their departments;
 * only a view's owner renames, overwrites or deletes it. Each user may pick one visible view as their default. Saves
 * and deletes are audited.
 */
public final class SavedViews {

    static final int MAX_NAME = 100;
    static final int MAX_VIEWS = 200;

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;

    public SavedViews(DSLContext dsl, Clock clock, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
    }

    /** The views {@code actor} sees, by name. */
    public List<SavedView> visibleTo(Actor actor) {
        return dsl.selectFrom(CUSTOMER_LIST_VIEW).where(visible(actor)).orderBy(CUSTOMER_LIST_VIEW.NAME, CUSTOMER_LIST_VIEW.ID)
                .limit(MAX_VIEWS).fetch(SavedViews::toView);
    }

    public Optional<SavedView> find(long id, Actor actor) {
        return dsl.selectFrom(CUSTOMER_LIST_VIEW).where(CUSTOMER_LIST_VIEW.ID.eq(id)).and(visible(actor))
                .fetchOptional(SavedViews::toView);
    }

    /** Whether {@code actor} may rename, overwrite or delete {@code view}. */
    public static boolean canChange(SavedView view, Actor actor) {
        return view.ownerUserId() == actor.userId();
    }

    /** Saves a new view owned by {@code actor}. */
    public SavedView create(SavedViewDraft draft, Actor actor) {
        check(draft, actor, null);
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            CustomerListViewRecord record = tx.newRecord(CUSTOMER_LIST_VIEW);
            record.setOwnerUserId(actor.userId());
            record.setCreatedAt(clock.instant());
            copy(draft, record);
            record.setUpdatedAt(clock.instant());
            record.store();
            audit.record(tx, actor, AuditAction.CUSTOMER_LIST_VIEW_SAVED, "customer-list-view", record.getId(),
                    describe(draft));
            return record.getId();
        });
        return find(id, actor).orElseThrow();
    }

    /** Writes {@code draft} over the view (a new name, sharing, filter, sort and columns); its owner only. */
    public SavedView overwrite(long id, SavedViewDraft draft, Actor actor) {
        SavedView current = owned(id, actor);
        check(draft, actor, current.id());
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            CustomerListViewRecord record = tx.fetchSingle(CUSTOMER_LIST_VIEW, CUSTOMER_LIST_VIEW.ID.eq(id));
            copy(draft, record);
            record.setUpdatedAt(clock.instant());
            record.store();
            audit.record(tx, actor, AuditAction.CUSTOMER_LIST_VIEW_SAVED, "customer-list-view", id, describe(draft));
        });
        return find(id, actor).orElseThrow();
    }

    /** Renames the view, keeping everything else; its owner only. */
    public SavedView rename(long id, String name, Actor actor) {
        SavedView current = owned(id, actor);
        return overwrite(id, new SavedViewDraft(name, current.departmentId(), current.filter(), current.sort(),
                current.columns()), actor);
    }

    /** Deletes the view (and makes it nobody's default any more); its owner only. */
    public void delete(long id, Actor actor) {
        SavedView current = owned(id, actor);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(CUSTOMER_LIST_VIEW).where(CUSTOMER_LIST_VIEW.ID.eq(id)).execute();
            audit.record(tx, actor, AuditAction.CUSTOMER_LIST_VIEW_DELETED, "customer-list-view", id, current.name());
        });
    }

    /** Makes the view {@code actor}'s default (null: none). */
    public void setDefault(Long viewId, Actor actor) {
        if (viewId == null) {
            dsl.deleteFrom(CUSTOMER_LIST_DEFAULT_VIEW).where(CUSTOMER_LIST_DEFAULT_VIEW.USER_ID.eq(actor.userId())).execute();
            return;
        }
        find(viewId, actor).orElseThrow(() -> new NotFoundException("Customer list view", viewId));
        dsl.insertInto(CUSTOMER_LIST_DEFAULT_VIEW).set(CUSTOMER_LIST_DEFAULT_VIEW.USER_ID, actor.userId())
                .set(CUSTOMER_LIST_DEFAULT_VIEW.VIEW_ID, viewId)
                .onDuplicateKeyUpdate().set(CUSTOMER_LIST_DEFAULT_VIEW.VIEW_ID, viewId).execute();
    }

    /** {@code actor}'s default view, while they still see it (a view no longer shared with them is no default). */
    public Optional<SavedView> defaultView(Actor actor) {
        return dsl.select(CUSTOMER_LIST_VIEW.fields()).from(CUSTOMER_LIST_DEFAULT_VIEW)
                .join(CUSTOMER_LIST_VIEW).on(CUSTOMER_LIST_VIEW.ID.eq(CUSTOMER_LIST_DEFAULT_VIEW.VIEW_ID))
                .where(CUSTOMER_LIST_DEFAULT_VIEW.USER_ID.eq(actor.userId())).and(visible(actor))
                .fetchOptional(r -> toView(r.into(CUSTOMER_LIST_VIEW)));
    }

    private SavedView owned(long id, Actor actor) {
        SavedView view = find(id, actor).orElseThrow(() -> new NotFoundException("Customer list view", id));
        Permissions.require(canChange(view, actor), actor, "change the customer list view " + id);
        return view;
    }

    private void check(SavedViewDraft draft, Actor actor, Long keptId) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "name", draft.name(), MAX_NAME);
        if (errors.isEmpty() && dsl.fetchExists(CUSTOMER_LIST_VIEW, CUSTOMER_LIST_VIEW.OWNER_USER_ID.eq(actor.userId())
                .and(CUSTOMER_LIST_VIEW.NAME.eq(draft.name().strip()))
                .and(keptId == null ? DSL.noCondition() : CUSTOMER_LIST_VIEW.ID.ne(keptId)))) {
            errors.add(FieldError.of("name", "validation.taken", draft.name().strip()));
        }
        if (draft.departmentId() != null && !actor.has(Role.ADMINISTRATOR)
                && !actor.departmentIds().contains(draft.departmentId())) {
            errors.add(FieldError.of("departmentId", "customers.views.notYourDepartment"));
        }
        if (draft.columns().isEmpty()) {
            errors.add(FieldError.of("columns", "validation.required"));
        }
        ValidationException.throwIfAny(errors);
    }

    private static Condition visible(Actor actor) {
        Condition own = CUSTOMER_LIST_VIEW.OWNER_USER_ID.eq(actor.userId());
        return actor.departmentIds().isEmpty() ? own : own.or(CUSTOMER_LIST_VIEW.DEPARTMENT_ID.in(actor.departmentIds()));
    }

    private static void copy(SavedViewDraft draft, CustomerListViewRecord record) {
        CustomerFilter filter = draft.filter();
        record.setName(draft.name().strip());
        record.setDepartmentId(draft.departmentId());
        record.setNamePrefix(blankToNull(filter.namePrefix()));
        record.setStages(filter.stages().isEmpty() ? null
                : filter.stages().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        record.setFilterOwnerId(filter.ownerId());
        record.setTag(blankToNull(filter.tag()));
        record.setSort(draft.sort().name());
        record.setColumns(String.join(",", draft.columns()));
    }

    private static SavedView toView(CustomerListViewRecord r) {
        var stages = r.getStages() == null ? List.<LifecycleStage>of()
                : Arrays.stream(r.getStages().split(",")).map(LifecycleStage::valueOf).toList();
        return new SavedView(r.getId(), r.getOwnerUserId(), r.getName(), r.getDepartmentId(),
                new CustomerFilter(r.getNamePrefix(), java.util.Set.copyOf(stages), r.getFilterOwnerId(), r.getTag()),
                CustomerSort.valueOf(r.getSort()), Arrays.asList(r.getColumns().split(",")));
    }

    private static String describe(SavedViewDraft draft) {
        return draft.name().strip() + (draft.departmentId() == null ? " (private)" : " (shared with department "
                + draft.departmentId() + ")") + ": " + draft.filter() + ", " + draft.sort() + ", " + draft.columns();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
