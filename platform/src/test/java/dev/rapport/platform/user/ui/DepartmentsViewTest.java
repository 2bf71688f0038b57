package dev.rapport.platform.user.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.sdk.security.Department;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators manage departments on {@code /admin/departments}: create one, rename it (its code stays), each
 * audited with who did it. (Other roles are refused the page in {@code AccessControlTest}, the service in
 * {@code PermissionsTest}.)
 */
class DepartmentsViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    @SuppressWarnings("unchecked")
    private static Grid<Department> grid() {
        return _get(Grid.class, spec -> spec.withId("departments"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("department-save")));
    }

    private List<AuditEntry> audited(AuditAction action, long departmentId) {
        return ui.kernel().audit.search(new AuditFilter(null, null, action, null, "department",
                String.valueOf(departmentId)), null, 10, ui.actor());
    }

    @Test
    void anAdministratorCreatesAndRenamesADepartmentAndBothAreAudited() {
        String code = unique("dept-");
        String name = unique("Key Accounts ");
        ui.open("admin/departments");

        _click(_get(Button.class, spec -> spec.withId("new-department")));
        _setValue(field("department-code"), code);
        _setValue(field("department-name"), name);
        save();

        Department created = ui.kernel().departments.findByCode(code).orElseThrow();
        assertThat(created.name()).isEqualTo(name);
        assertThat(_find(Dialog.class)).as("the closed editor").isEmpty();
        assertThat(_findAll(grid())).contains(created);
        AuditEntry creation = audited(AuditAction.DEPARTMENT_CREATED, created.id()).getFirst();
        assertThat(creation.details()).isEqualTo(code + ": " + name);
        assertThat(creation.actorId()).isEqualTo(ui.actor().userId());

        _clickItem(grid(), _findAll(grid()).indexOf(created));
        assertThat(field("department-code").isReadOnly()).as("the code cannot change").isTrue();
        String newName = unique("Strategic Accounts ");
        _setValue(field("department-name"), newName);
        save();

        Department renamed = ui.kernel().departments.find(created.id()).orElseThrow();
        assertThat(renamed.code()).isEqualTo(code);
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(_findAll(grid())).contains(renamed).doesNotContain(created);
        List<AuditEntry> renames = audited(AuditAction.DEPARTMENT_RENAMED, created.id());
        assertThat(renames).hasSize(1);
        assertThat(renames.getFirst().details()).isEqualTo("name: " + name + " → " + newName);
        assertThat(renames.getFirst().actorId()).isEqualTo(ui.actor().userId());
    }

    @Test
    void anInvalidOrTakenCodeIsShownAtTheFieldAndCreatesNothing() {
        ui.open("admin/departments");

        _click(_get(Button.class, spec -> spec.withId("new-department")));
        _setValue(field("department-code"), "Not a code!");
        _setValue(field("department-name"), "Anything");
        save();
        assertThat(field("department-code").isInvalid()).isTrue();

        _setValue(field("department-code"), "sales");
        save();
        assertThat(field("department-code").isInvalid()).isTrue();
        assertThat(field("department-code").getErrorMessage()).contains("sales");
        assertThat(ui.kernel().departments.findByCode("sales").orElseThrow().name()).isNotEqualTo("Anything");
        assertThat(ui.kernel().departments.all()).noneMatch(department -> department.name().equals("Anything"));
        assertThat(_find(Dialog.class)).as("the editor stays open").hasSize(1);
    }
}
