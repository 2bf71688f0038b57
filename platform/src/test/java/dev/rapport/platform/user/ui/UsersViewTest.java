package dev.rapport.platform.user.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators manage users on {@code /admin/users}: create one with a role, departments and a temporary first
 * password, change their role and departments, reset their password; each audited with who did it.
 * (Deactivation is driven in the browser by {@code AccountIT}; other roles are refused the page in
 * {@code AccessControlTest}, the service in {@code PermissionsTest}.)
 */
class UsersViewTest {

    private static final String FIRST_PASSWORD = "first password 42";

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    @SuppressWarnings("unchecked")
    private static Grid<User> grid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> role() {
        return _get(Select.class, spec -> spec.withId("user-role"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Department> departments() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("user-departments"));
    }

    private Set<Department> departmentsWithCodes(String... codes) {
        return Set.of(codes).stream().map(code -> ui.kernel().departments.findByCode(code).orElseThrow())
                .collect(Collectors.toSet());
    }

    private Set<Long> idsOf(String... codes) {
        return departmentsWithCodes(codes).stream().map(Department::id).collect(Collectors.toSet());
    }

    private static int rowOf(User user) {
        List<User> rows = _findAll(grid());
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).id() == user.id()) {
                return row;
            }
        }
        throw new AssertionError("No row shows " + user.username());
    }

    private List<AuditEntry> audited(AuditAction action, long userId) {
        return ui.kernel().audit.search(new AuditFilter(null, null, action, null, "user", String.valueOf(userId)),
                null, 10, ui.actor());
    }

    private Authenticator.Outcome signIn(String username, String password) {
        return new Authenticator(ui.kernel().users, ui.kernel().userAdministration, ui.kernel().hasher, ui.kernel().audit,
                ui.kernel().clock, 100, 100, Duration.ofMinutes(1)).signIn(username, password, "192.0.2.80");
    }

    @Test
    void anAdministratorCreatesAUserWithRoleAndDepartmentsChangesTheRoleAndResetsThePasswordAllAudited() {
        String username = unique("new.user");
        ui.open("admin/users");

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(field("user-username"), username);
        _setValue(field("user-display-name"), "Nina Newcomer");
        _setValue(role(), Role.MANAGER);
        _setValue(departments(), departmentsWithCodes("sales", "marketing"));
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), FIRST_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_find(Dialog.class)).as("the closed editor").isEmpty();
        User created = ui.kernel().users.findByUsername(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Nina Newcomer");
        assertThat(created.role()).isEqualTo(Role.MANAGER);
        assertThat(created.departmentIds()).isEqualTo(idsOf("sales", "marketing"));
        assertThat(_findAll(grid())).extracting(User::username).contains(username);
        assertThat(signIn(username, FIRST_PASSWORD)).as("the first password, to be changed")
                .isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class, signedIn -> {
                    assertThat(signedIn.actor().userId()).isEqualTo(created.id());
                    assertThat(signedIn.mustChangePassword()).isTrue();
                });
        AuditEntry creation = audited(AuditAction.USER_CREATED, created.id()).getFirst();
        assertThat(creation.actorId()).isEqualTo(ui.actor().userId());
        assertThat(creation.details()).as("departments by name, as a person reads them")
                .contains("username: " + username, "role: MANAGER", "departments: Marketing, Sales");

        _clickItem(grid(), rowOf(created));
        assertThat(field("user-username").getValue()).isEqualTo(username);
        _setValue(role(), Role.AGENT);
        _setValue(departments(), departmentsWithCodes("sales"));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        User changed = ui.kernel().users.find(created.id()).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.AGENT);
        assertThat(changed.departmentIds()).isEqualTo(idsOf("sales"));
        List<AuditEntry> updates = audited(AuditAction.USER_UPDATED, created.id());
        assertThat(updates).hasSize(1);
        assertThat(updates.getFirst().actorId()).isEqualTo(ui.actor().userId());
        assertThat(updates.getFirst().details().lines()).contains("role: MANAGER → AGENT").anyMatch(line ->
                line.equals("departments: Marketing, Sales → Sales"));

        _click(_get(_getCellComponent(grid(), rowOf(changed), "actions"), Button.class,
                spec -> spec.withClasses("reset-password")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        ConfirmDialog shown = _get(ConfirmDialog.class, spec -> spec.withId("temporary-password-dialog"));
        String text = ConfirmDialogKt._getText(shown);
        assertThat(text).contains(username);
        String temporary = text.substring(text.lastIndexOf(": ") + 2).strip();

        assertThat(signIn(username, FIRST_PASSWORD)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(username, temporary)).as("the temporary password, to be changed")
                .isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class,
                        signedIn -> assertThat(signedIn.mustChangePassword()).isTrue());
        List<AuditEntry> resets = audited(AuditAction.PASSWORD_RESET, created.id());
        assertThat(resets).hasSize(1);
        assertThat(resets.getFirst().actorId()).isEqualTo(ui.actor().userId());
        assertThat(resets.getFirst().details()).doesNotContain(temporary);
    }
}
