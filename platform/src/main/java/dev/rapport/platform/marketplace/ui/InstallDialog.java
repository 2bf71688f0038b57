package dev.rapport.platform.marketplace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.marketplace.InstallProgress;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.marketplace.MarketplaceException;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.security.Department;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an installation or update in the background and shows how far it is (downloading, verifying,
 * installing) until it ends; then what happened: the reason when it was refused or failed, and, after an
 * installation, the departments that use the new plugin (all, until the administrator narrows them down).
 */
final class InstallDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(InstallDialog.class);

    private final ModuleAccess modules;
    private final List<Department> departments;
    private final Runnable afterwards;
    private final Paragraph step = new Paragraph();
    private final ProgressBar bar = new ProgressBar();
    private final Div outcome = new Div();
    private final Button close = new Button(getTranslation("marketplace.close"), click -> close());

    private InstallDialog(ModuleAccess modules, DepartmentDirectory departments, Marketplace.Offer offer,
                          String titleKey, Runnable afterwards) {
        this.modules = modules;
        this.departments = departments.all();
        this.afterwards = afterwards;
        setId("install-dialog");
        setHeaderTitle(getTranslation(titleKey, offer.name(), offer.availableVersion()));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setWidth("36em");
        step.setId("install-step");
        bar.setId("install-progress");
        bar.setIndeterminate(true);
        outcome.setId("install-outcome");
        close.setId("install-close");
        close.setEnabled(false);
        add(step, bar, outcome);
        getFooter().add(close);
    }

    static void install(Marketplace marketplace, ModuleAccess modules, DepartmentDirectory departments,
                        Marketplace.Offer offer, Runnable afterwards) {
        new InstallDialog(modules, departments, offer, "marketplace.installTitle", afterwards)
                .run(offer, true, (actor, progress) -> marketplace.install(offer.id(), actor, progress));
    }

    static void update(Marketplace marketplace, ModuleAccess modules, DepartmentDirectory departments,
                       Marketplace.Offer offer, Runnable afterwards) {
        new InstallDialog(modules, departments, offer, "marketplace.updateTitle", afterwards)
                .run(offer, false, (actor, progress) -> marketplace.update(offer.id(), actor, progress));
    }

    private void run(Marketplace.Offer offer, boolean installation,
                     BiFunction<Actor, InstallProgress, PluginHost.PluginStatus> job) {
        open();
        UI ui = UI.getCurrent();
        Actor actor = WebSession.actor();
        step.setText(getTranslation("marketplace.step.RESOLVING", offer.name()));
        Thread.ofVirtual().name("marketplace-" + offer.id()).start(() -> {
            try {
                PluginHost.PluginStatus status = job.apply(actor,
                        (reached, pluginId, version, fraction) -> ui.access(() -> show(reached, pluginId, version, fraction)));
                ui.access(() -> succeeded(status, installation));
            } catch (MarketplaceException e) {
                ui.access(() -> failed(e.getMessage()));
            } catch (RuntimeException e) {
                log.error("Marketplace action on {} failed", offer.id(), e);
                ui.access(() -> failed(getTranslation("marketplace.unexpected", String.valueOf(e.getMessage()))));
            }
        });
    }

    private void show(InstallProgress.Step reached, String pluginId, String version, double fraction) {
        step.setText(getTranslation("marketplace.step." + reached.name(), pluginId + " " + version));
        bar.setIndeterminate(fraction < 0);
        if (fraction >= 0) {
            bar.setValue(Math.min(1, fraction));
        }
    }

    private void succeeded(PluginHost.PluginStatus status, boolean installation) {
        finished();
        step.setText(getTranslation(installation ? "marketplace.installed.done" : "marketplace.updated.done",
                status.id(), status.version()));
        Notifications.success(step.getText());
        if (installation) {
            outcome.add(departmentChooser(status.id()));
        }
    }

    private void failed(String reason) {
        finished();
        step.setText(getTranslation("marketplace.failed"));
        Paragraph why = new Paragraph(reason);
        why.setId("install-error");
        why.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Whitespace.PRE_WRAP);
        outcome.add(why);
    }

    private void finished() {
        bar.setIndeterminate(false);
        bar.setValue(1);
        bar.setVisible(false);
        close.setEnabled(true);
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        afterwards.run();
    }

    /** The departments that use the new plugin; a change applies at once, as on the Plugins page. */
    private MultiSelectComboBox<Department> departmentChooser(String pluginId) {
        MultiSelectComboBox<Department> select = new MultiSelectComboBox<>(getTranslation("marketplace.usedBy"));
        select.setId("install-departments");
        select.setHelperText(getTranslation("marketplace.usedByHelp"));
        select.setItems(departments);
        select.setItemLabelGenerator(Department::name);
        Set<Long> enabled = modules.departmentsOf(pluginId);
        select.setValue(departments.stream().filter(d -> enabled.contains(d.id())).collect(Collectors.toSet()));
        select.setWidthFull();
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                modules.setDepartments(pluginId, event.getValue().stream().map(Department::id).collect(Collectors.toSet()),
                        WebSession.actor());
                Notifications.success(getTranslation("plugins.departmentsSaved", pluginId));
            }
        });
        return select;
    }
}
