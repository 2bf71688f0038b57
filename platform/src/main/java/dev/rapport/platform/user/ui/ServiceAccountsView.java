package dev.rapport.platform.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.api.ServiceAccounts;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.AccessTokensPanel;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Service accounts for integrations (administrators): create one with a department and a role; select one to issue
 * or revoke its access tokens. A service account never signs in to the UI.
 */
@Route(value = "admin/service-accounts", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class ServiceAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final ServiceAccounts accounts;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Grid<User> grid = new Grid<>();
    private final VerticalLayout tokensOfSelected = new VerticalLayout();

    public ServiceAccountsView(ServiceAccounts accounts, AccessTokens tokens, DepartmentDirectory departments,
                               Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
        setId("service-accounts-view");
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("service-account-username");
        TextField name = new TextField(getTranslation("users.displayName"));
        name.setId("service-account-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setId("service-account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("enum.Role." + value.name()));
        role.setValue(Role.AGENT);
        Select<Department> department = new Select<>();
        department.setLabel(getTranslation("serviceAccounts.department"));
        department.setId("service-account-department");
        department.setItems(departments.all());
        department.setItemLabelGenerator(Department::name);
        Map<Long, String> departmentNames = departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        Button create = new Button(getTranslation("serviceAccounts.create"), click -> {
            username.setInvalid(false);
            name.setInvalid(false);
            department.setInvalid(false);
            try {
                User created = accounts.create(username.getValue(), name.getValue(), role.getValue(),
                        department.getValue() == null ? -1 : department.getValue().id(), WebSession.actor());
                Notifications.success(getTranslation("users.saved", created.displayName()));
                username.clear();
                name.clear();
                refresh();
                grid.select(created);
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    String message = getTranslation(error.messageKey(), error.arguments().toArray());
                    HasValidation field = switch (error.field()) {
                        case "username" -> username;
                        case "departmentId" -> department;
                        default -> name;
                    };
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
        });
        create.setId("service-account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("service-accounts");
        grid.setAllRowsVisible(true);
        grid.addColumn(User::username).setHeader(getTranslation("users.username"));
        grid.addColumn(User::displayName).setHeader(getTranslation("users.displayName"));
        grid.addColumn(user -> getTranslation("enum.Role." + user.role().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> user.departmentIds().stream().map(id -> departmentNames.getOrDefault(id, ""))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("users.departments"));
        grid.asSingleSelect().addValueChangeListener(event -> showTokensOf(event.getValue()));
        grid.setEmptyStateText(getTranslation("serviceAccounts.empty"));
        tokensOfSelected.setPadding(false);
        add(new H2(getTranslation("serviceAccounts.title")), new Paragraph(getTranslation("serviceAccounts.explanation")),
                new FormLayout(username, name, role, department), create, grid, tokensOfSelected);
        refresh();
    }

    private void showTokensOf(User account) {
        tokensOfSelected.removeAll();
        if (account != null) {
            tokensOfSelected.add(new AccessTokensPanel(tokens, clock, account.id()));
        }
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("serviceAccounts.title") + " · " + getTranslation("app.name");
    }
}
