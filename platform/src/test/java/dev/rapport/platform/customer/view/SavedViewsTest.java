package dev.rapport.platform.customer.view;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SavedViewsTest {

    private final Kernel kernel = new Kernel();
    private final SavedViews views = new SavedViews(kernel.dsl, kernel.clock, kernel.audit);
    private final long sales = kernel.departments.findByCode("sales").orElseThrow().id();
    private final Actor author = kernel.newActor(Role.AGENT, "sales");
    private final Actor salesColleague = kernel.newActor(Role.AGENT, "sales");
    private final Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
    private final CustomerFilter filter = new CustomerFilter("Sm", Set.of(LifecycleStage.PROSPECT, LifecycleStage.FORMER_CUSTOMER),
            author.userId(), "vip");

    @Test
    void aPrivateViewIsItsOwnersAndASharedOneTheirDepartments() {
        SavedView mine = views.create(draft(unique("Mine"), null), author);
        SavedView shared = views.create(draft(unique("Team"), sales), author);

        assertThat(mine.filter()).isEqualTo(filter);
        assertThat(mine.sort()).isEqualTo(CustomerSort.NEWEST_FIRST);
        assertThat(mine.columns()).containsExactly("name", "email", "acme.band");
        assertThat(views.visibleTo(author)).contains(mine, shared);
        assertThat(views.visibleTo(salesColleague)).contains(shared).doesNotContain(mine);
        assertThat(views.visibleTo(serviceAgent)).doesNotContain(mine, shared);
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("CUSTOMER_LIST_VIEW_SAVED")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(shared.id()))))).isTrue();
    }

    @Test
    void onlyTheOwnerRenamesOverwritesOrDeletes() {
        SavedView shared = views.create(draft(unique("Team"), sales), author);

        assertThatThrownBy(() -> views.rename(shared.id(), "Mine now", salesColleague))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> views.delete(shared.id(), salesColleague)).isInstanceOf(AccessDeniedException.class);

        String newName = unique("Renamed");
        assertThat(views.rename(shared.id(), newName, author).name()).isEqualTo(newName);
        SavedView overwritten = views.overwrite(shared.id(), new SavedViewDraft(newName, null, CustomerFilter.ALL,
                CustomerSort.NAME_ASCENDING, List.of("name")), author);
        assertThat(overwritten.shared()).isFalse();
        assertThat(views.visibleTo(salesColleague)).doesNotContain(overwritten);

        views.delete(shared.id(), author);
        assertThat(views.find(shared.id(), author)).isEmpty();
    }

    @Test
    void eachUserHasOneDefaultAmongTheViewsTheySee() {
        SavedView shared = views.create(draft(unique("Team"), sales), author);
        SavedView other = views.create(draft(unique("Other"), null), salesColleague);

        views.setDefault(shared.id(), salesColleague);
        assertThat(views.defaultView(salesColleague)).contains(shared);
        views.setDefault(other.id(), salesColleague);
        assertThat(views.defaultView(salesColleague)).contains(other);
        assertThat(views.defaultView(author)).isEmpty();

        views.setDefault(shared.id(), author);
        views.delete(shared.id(), author);
        assertThat(views.defaultView(author)).isEmpty();
        assertThatThrownBy(() -> views.setDefault(other.id(), serviceAgent)).isInstanceOf(
                dev.rapport.sdk.error.NotFoundException.class);
    }

    @Test
    void refusesADuplicateNameAndADepartmentOfOthers() {
        String name = unique("Twice");
        views.create(draft(name, null), author);

        assertThatThrownBy(() -> views.create(draft(name, null), author))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "validation.taken")));
        assertThat(views.create(draft(name, null), salesColleague).name()).isEqualTo(name);
        long service = kernel.departments.findByCode("service").orElseThrow().id();
        assertThatThrownBy(() -> views.create(draft(unique("Theirs"), service), author))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("departmentId"));
    }

    private SavedViewDraft draft(String name, Long departmentId) {
        return new SavedViewDraft(name, departmentId, filter, CustomerSort.NEWEST_FIRST, List.of("name", "email", "acme.band"));
    }
}
