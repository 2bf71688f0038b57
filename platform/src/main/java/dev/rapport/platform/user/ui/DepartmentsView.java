package dev.rapport.platform.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.util.Map;

/** Administrators manage the departments: create and rename (codes stay: plugins and settings refer to them). */
@Route(value = "admin/departments", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentDirectory departments;
    private final Grid<Department> grid = new Grid<>();

    public DepartmentsView(DepartmentDirectory departments) {
        this.departments = departments;
        setSizeFull();
        H2 title = new H2(getTranslation("departments.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button create = new Button(getTranslation("departments.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("new-department");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        grid.setId("departments");
        grid.addColumn(Department::code).setHeader(getTranslation("departments.code")).setAutoWidth(true);
        grid.addColumn(Department::name).setHeader(getTranslation("departments.name")).setFlexGrow(2);
        grid.addItemClickListener(click -> openEditor(click.getItem()));
        grid.setItems(departments.all());
        add(header, grid);
        expand(grid);
    }

    private void openEditor(Department department) {
        Dialog dialog = new Dialog();
        dialog.setId("department-dialog");
        dialog.setHeaderTitle(getTranslation(department == null ? "departments.new" : "departments.rename"));
        TextField code = new TextField(getTranslation("departments.code"));
        code.setId("department-code");
        code.setHelperText(getTranslation("departments.codeHelp"));
        TextField name = new TextField(getTranslation("departments.name"));
        name.setId("department-name");
        if (department != null) {
            code.setValue(department.code());
            code.setReadOnly(true);
            name.setValue(department.name());
        }
        Map<String, HasValidation> fields = Map.of("code", code, "name", name);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                if (department == null) {
                    departments.create(code.getValue(), name.getValue(), WebSession.actor());
                } else {
                    departments.rename(department.id(), name.getValue(), WebSession.actor());
                }
                dialog.close();
                grid.setItems(departments.all());
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    HasValidation field = fields.getOrDefault(error.field(), name);
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    field.setInvalid(true);
                }
            }
        });
        save.setId("department-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, name));
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("departments.title") + " · " + getTranslation("app.name");
    }
}
