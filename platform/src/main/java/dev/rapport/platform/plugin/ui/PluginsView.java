package dev.rapport.platform.plugin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.plugin.PluginSettingForms;
import dev.rapport.platform.plugin.PluginBusyException;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.sdk.security.Department;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import java.util.function.Function;

/**
 * The administrators' Plugins page: every plugin in the plugins folder with its state and errors; enable,
 * disable and reload take effect at once, without a restart. The page follows changes made elsewhere.
 */
@Route(value = "admin/plugins", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private final PluginHost host;
    private final ModuleAccess modules;
    private final PluginSettingForms settingForms;
    private final PluginPermissions permissions;
    private final List<Department> departments;
    private final Grid<PluginHost.PluginStatus> grid = new Grid<>();
    private final VerticalLayout refusedFiles = new VerticalLayout();
    private Runnable unsubscribe = () -> { };

    public PluginsView(PluginHost host, ModuleAccess modules, DepartmentDirectory departmentDirectory,
                       PluginSettingForms settingForms, PluginPermissions permissions) {
        this.host = host;
        this.settingForms = settingForms;
        this.permissions = permissions;
        this.modules = modules;
        this.departments = departmentDirectory.all();
        setSizeFull();
        H2 title = new H2(getTranslation("plugins.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button rescan = new Button(getTranslation("plugins.rescan"), VaadinIcon.REFRESH.create(), click -> {
            host.rescan();
            refresh();
        });
        rescan.setId("plugins-rescan");
        HorizontalLayout header = new HorizontalLayout(title, rescan);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        Paragraph folder = new Paragraph(getTranslation("plugins.folder", host.pluginsFolder().toString()));
        folder.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        grid.setId("plugins");
        // Descriptions and department names are read whole, not cut at the column's edge.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PluginHost.PluginStatus::id).setHeader(getTranslation("plugins.id")).setAutoWidth(true).setKey("id");
        grid.addColumn(PluginHost.PluginStatus::description).setHeader(getTranslation("plugins.description"))
                .setFlexGrow(3).setKey("description");
        grid.addColumn(PluginHost.PluginStatus::version).setHeader(getTranslation("plugins.version")).setAutoWidth(true)
                .setKey("version");
        grid.addColumn(PluginHost.PluginStatus::provider).setHeader(getTranslation("plugins.provider")).setAutoWidth(true)
                .setKey("provider");
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("plugins.state")).setAutoWidth(true)
                .setKey("state");
        grid.addComponentColumn(this::problems).setHeader(getTranslation("plugins.problems")).setFlexGrow(3)
                .setKey("problems");
        grid.addComponentColumn(this::departmentsOf).setHeader(getTranslation("plugins.departments")).setFlexGrow(2)
                .setKey("departments");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setEmptyStateText(getTranslation("plugins.empty"));
        refusedFiles.setId("plugins-refused");
        refusedFiles.setPadding(false);
        refusedFiles.setSpacing(false);
        add(header, folder, refusedFiles, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(host.plugins());
        refusedFiles.removeAll();
        for (PluginHost.RefusedFile file : host.refusedFiles()) {
            Span refusal = new Span(getTranslation("plugins.refused", file.fileName(), file.reason()));
            refusal.addClassNames(LumoUtility.TextColor.ERROR, "plugin-refused");
            refusedFiles.add(refusal);
        }
    }

    private Component stateBadge(PluginHost.PluginStatus status) {
        Badge badge = new Badge(getTranslation("plugins.state." + status.state().name()));
        badge.addThemeVariants(switch (status.state()) {
            case STARTED -> BadgeVariant.SUCCESS;
            case FAILED, INCOMPATIBLE -> BadgeVariant.ERROR;
            case STOPPED, STARTING, STOPPING -> BadgeVariant.WARNING;
            case DISABLED -> BadgeVariant.CONTRAST;
        });
        badge.addClassName("plugin-state");
        return badge;
    }

    private Component problems(PluginHost.PluginStatus status) {
        VerticalLayout problems = new VerticalLayout();
        problems.setPadding(false);
        problems.setSpacing(false);
        if (status.error() != null) {
            Span error = new Span(status.error());
            error.addClassNames(LumoUtility.TextColor.ERROR, "plugin-error");
            problems.add(error);
        }
        if (status.failureCount() > 0) {
            Span failures = new Span(getTranslation("plugins.failures", status.failureCount(), status.lastFailure()));
            failures.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, "plugin-failures");
            problems.add(failures);
        }
        return problems;
    }

    /** The departments that use the plugin; a change applies at once, for everyone signed in. */
    private Component departmentsOf(PluginHost.PluginStatus status) {
        MultiSelectComboBox<Department> select = new MultiSelectComboBox<>();
        select.addClassName("plugin-departments");
        select.setAriaLabel(getTranslation("plugins.departments"));
        select.setItems(departments);
        select.setItemLabelGenerator(Department::name);
        Set<Long> enabled = modules.departmentsOf(status.id());
        select.setValue(departments.stream().filter(d -> enabled.contains(d.id())).collect(Collectors.toSet()));
        select.setWidthFull();
        // Every department's name as a chip, wrapping, instead of a bare count once the cell is narrow.
        select.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                modules.setDepartments(status.id(),
                        event.getValue().stream().map(Department::id).collect(Collectors.toSet()), WebSession.actor());
                Notifications.success(getTranslation("plugins.departmentsSaved", status.id()));
            }
        });
        return select;
    }

    private Component actions(PluginHost.PluginStatus status) {
        HorizontalLayout actions = new HorizontalLayout();
        if (status.state() != PluginHost.State.INCOMPATIBLE) {
            if (status.enabled()) {
                actions.add(action("plugins.disable", "disable-plugin", status, id -> host.disable(id, WebSession.actor())));
            } else {
                actions.add(action("plugins.enable", "enable-plugin", status, id -> host.enable(id, WebSession.actor())));
            }
        }
        actions.add(action("plugins.reload", "reload-plugin", status, id -> host.reload(id, WebSession.actor())));
        if (settingForms.hasForm(status.id())) {
            actions.add(dialogButton("plugins.settings", "plugin-settings",
                    () -> new PluginSettingsDialog(status.id(), settingForms).open()));
        }
        if (!permissions.of(status.id()).isEmpty()) {
            actions.add(dialogButton("plugins.permissions", "plugin-permissions",
                    () -> new PluginPermissionsDialog(status.id(), permissions, departments).open()));
        }
        return actions;
    }

    private Button action(String labelKey, String className, PluginHost.PluginStatus status,
                          Function<String, PluginHost.PluginStatus> operation) {
        Button button = new Button(getTranslation(labelKey), click -> {
            if (className.equals("disable-plugin")) {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("plugins.disableTitle", status.id()),
                        getTranslation("plugins.disableText"), getTranslation("plugins.disable"),
                        event -> run(status, operation));
                confirm.setId("disable-plugin-dialog");
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("form.cancel"));
                confirm.open();
            } else {
                run(status, operation);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    private Button dialogButton(String labelKey, String className, Runnable open) {
        Button button = new Button(getTranslation(labelKey), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    private void run(PluginHost.PluginStatus status, Function<String, PluginHost.PluginStatus> operation) {
        PluginHost.PluginStatus after;
        try {
            after = operation.apply(status.id());
        } catch (PluginBusyException e) {
            refresh();
            Notifications.error(getTranslation("plugins.busy", e.getMessage()));
            return;
        }
        refresh();
        if (after == null) {
            Notifications.error(getTranslation("plugins.gone", status.id()));
        } else if (after.error() != null && after.state() != PluginHost.State.STARTED) {
            Notifications.error(getTranslation("plugins.notStarted", status.id(), after.error()));
        } else {
            Notifications.success(getTranslation("plugins.state." + after.state().name()) + ": " + status.id());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        unsubscribe = host.subscribe(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title") + " · " + getTranslation("app.name");
    }
}
