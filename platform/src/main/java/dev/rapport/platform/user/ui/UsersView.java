package dev.rapport.platform.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrators manage users: create, change role, departments and status, reset passwords. */
@Route(value = "admin/users", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserDirectory users;
    private final UserAdministration administration;
    private final DepartmentDirectory departments;
    private final Grid<User> grid = new Grid<>();

    public UsersView(UserDirectory users, UserAdministration administration, DepartmentDirectory departments) {
        this.users = users;
        this.administration = administration;
        this.departments = departments;
        setSizeFull();
        H2 title = new H2(getTranslation("users.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        Map<Long, String> departmentNames = departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        grid.setId("users");
        grid.addColumn(User::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(User::displayName).setHeader(getTranslation("users.displayName")).setFlexGrow(2);
        grid.addColumn(user -> getTranslation(EnumLabels.key(user.role()))).setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        grid.addColumn(user -> user.departmentIds().stream().map(departmentNames::get).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.departments")).setFlexGrow(2);
        grid.addColumn(user -> getTranslation(user.active() ? "users.active" : "users.inactive"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(user -> {
            Button reset = new Button(getTranslation("users.resetPassword"), click -> confirmReset(user));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            reset.addClassName("reset-password");
            return reset;
        }).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.addItemClickListener(click -> openEditor(click.getItem()));
        refresh();
        add(header, grid);
        expand(grid);
    }

    private void refresh() {
        grid.setItems(users.allUsers());
    }

    private void openEditor(User user) {
        Dialog dialog = new Dialog();
        dialog.setId("user-dialog");
        dialog.setHeaderTitle(getTranslation(user == null ? "users.new" : "users.edit"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        EmailField email = new EmailField(getTranslation("customer.email"));
        Select<Role> role = new Select<>();
        role.setId("user-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(EnumLabels.of(this));
        MultiSelectComboBox<Department> memberOf = new MultiSelectComboBox<>(getTranslation("users.departments"));
        memberOf.setId("user-departments");
        List<Department> all = departments.all();
        memberOf.setItems(all);
        memberOf.setItemLabelGenerator(Department::name);
        Checkbox active = new Checkbox(getTranslation("users.active"), true);
        active.setId("user-active");
        PasswordField password = new PasswordField(getTranslation("users.initialPassword"));
        password.setId("user-password");
        password.setHelperText(getTranslation("users.initialPasswordHelp"));
        if (user == null) {
            role.setValue(Role.AGENT);
        } else {
            username.setValue(user.username());
            displayName.setValue(user.displayName());
            email.setValue(user.email() == null ? "" : user.email());
            role.setValue(user.role());
            memberOf.setValue(all.stream().filter(d -> user.departmentIds().contains(d.id())).collect(Collectors.toSet()));
            active.setValue(user.active());
            password.setVisible(false);
        }
        Map<String, HasValidation> fields = Map.<String, HasValidation>of("username", username,
                "displayName", displayName, "email", email, "role", role, "departmentIds", memberOf, "password", password);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            UserAdministration.UserDraft draft = new UserAdministration.UserDraft(username.getValue(),
                    displayName.getValue(), email.getValue(), role.getValue(),
                    memberOf.getValue().stream().map(Department::id).collect(Collectors.toSet()), active.getValue());
            try {
                if (user == null) {
                    administration.create(draft, password.getValue(), true, WebSession.actor());
                } else {
                    administration.update(user.id(), user.version(), draft, WebSession.actor());
                }
                dialog.close();
                Notifications.success(getTranslation("users.saved", draft.username()));
                refresh();
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    HasValidation field = fields.getOrDefault(error.field(), username);
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    field.setInvalid(true);
                }
            } catch (ConcurrentEditException e) {
                Notifications.error(getTranslation("users.changedMeanwhile"));
                dialog.close();
                refresh();
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, email, role, memberOf, active, password);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmReset(User user) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.resetTitle", user.displayName()),
                getTranslation("users.resetText"), getTranslation("users.resetPassword"), event -> {
                    String temporary = administration.resetPassword(user.id(), WebSession.actor());
                    ConfirmDialog shown = new ConfirmDialog(getTranslation("users.temporaryTitle"),
                            getTranslation("users.temporaryText", user.username(), temporary), getTranslation("users.done"),
                            done -> { });
                    shown.setId("temporary-password-dialog");
                    shown.open();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }

}
