package dev.rapport.platform.plugin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.plugin.PluginPermissions.Decision;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plugin's permissions × departments: per cell the department's decision (granted, withdrawn, or the role
 * defaults, which the first column shows). A change is saved (and audited) at once.
 */
public final class PluginPermissionsDialog extends Dialog {

    public PluginPermissionsDialog(String pluginId, PluginPermissions permissions, List<Department> departments) {
        setId("plugin-permissions-dialog");
        setHeaderTitle(getTranslation("plugins.permissions.title", pluginId));
        setWidth("min(90vw, 70em)");
        Map<String, Map<Long, Boolean>> decisions = permissions.decisions(pluginId);
        Grid<PluginPermission> grid = new Grid<>();
        grid.setId("plugin-permissions");
        grid.setAllRowsVisible(true);
        grid.addColumn(permission -> getTranslation(permission.labelKey())).setHeader(getTranslation("plugins.permissions.permission"))
                .setAutoWidth(true).setKey("permission");
        grid.addColumn(this::defaults).setHeader(getTranslation("plugins.permissions.defaults")).setAutoWidth(true)
                .setKey("defaults");
        for (Department department : departments) {
            grid.addComponentColumn(permission -> {
                Select<Decision> select = new Select<>();
                select.addClassName("permission-decision");
                select.setAriaLabel(department.name());
                select.setItems(Decision.values());
                select.setItemLabelGenerator(decision -> getTranslation("plugins.permissions." + decision.name()));
                Boolean granted = decisions.getOrDefault(permission.key(), Map.of()).get(department.id());
                select.setValue(granted == null ? Decision.DEFAULT : granted ? Decision.GRANTED : Decision.WITHDRAWN);
                select.addValueChangeListener(event -> permissions.decide(pluginId, permission.key(), department.id(),
                        event.getValue(), WebSession.actor()));
                return select;
            }).setHeader(department.name()).setAutoWidth(true).setKey("department-" + department.code());
        }
        grid.setItems(permissions.of(pluginId));
        add(grid);
        Button close = new Button(getTranslation("plugins.permissions.close"), click -> close());
        close.setId("plugin-permissions-close");
        getFooter().add(close);
    }

    private String defaults(PluginPermission permission) {
        return Arrays.stream(Role.values()).filter(permission::isDefaultFor)
                .map(role -> getTranslation("enum.Role." + role.name())).collect(Collectors.joining(", "));
    }
}
