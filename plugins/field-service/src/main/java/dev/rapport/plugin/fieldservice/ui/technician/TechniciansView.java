package dev.rapport.plugin.fieldservice.ui.technician;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.technician.Technician;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import java.util.Comparator;
import java.util.Optional;

/**
 * The field technicians the planner plans with: their skills, home base, working hours and territory, and beside the
 * chosen one their profile form, absences and audit trail. Changes are for managers; the others read.
 */
public final class TechniciansView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final TechnicianService technicians;
    private final FieldSettings settings;
    private final Grid<Technician> grid = new Grid<>();
    private final Div detail = new Div();

    public TechniciansView(PluginContext context, TechnicianService technicians, FieldSettings settings) {
        this.context = context;
        this.technicians = technicians;
        this.settings = settings;
        setId("field-technicians");
        setSizeFull();
        Button add = new Button(getTranslation("fieldservice.technicians.new"), VaadinIcon.PLUS.create(),
                click -> {
                    grid.deselectAll();
                    show(null);
                });
        add.setId("technicians-new");
        add.setVisible(context.security().hasRole(Role.MANAGER));
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("fieldservice.technicians.title")), add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("technicians-grid");
        grid.addColumn(Technician::name).setHeader(getTranslation("fieldservice.technicians.name"))
                .setComparator(Comparator.comparing(Technician::name)).setFlexGrow(2);
        grid.addColumn(technician -> String.join(", ", technician.skills().stream().sorted().toList()))
                .setHeader(getTranslation("fieldservice.technicians.skills")).setFlexGrow(2);
        grid.addColumn(technician -> technician.workStart() + "\u2013" + technician.workEnd())
                .setHeader(getTranslation("fieldservice.technicians.hours"));
        grid.addColumn(Technician::homeLabel).setHeader(getTranslation("fieldservice.technicians.home")).setFlexGrow(2);
        grid.addColumn(technician -> Optional.ofNullable(technician.territory()).orElse(""))
                .setHeader(getTranslation("fieldservice.technicians.territory"));
        grid.setEmptyStateText(getTranslation("fieldservice.technicians.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            } else if (change.isFromClient()) {
                detail.removeAll();
            }
        });
        detail.setId("technician-detail");
        detail.setWidthFull();
        add(toolbar, grid, detail);
        grid.setHeight("18em");
        refresh(null);
    }

    /** Shows the form for {@code technician}, or for a new one when null. */
    private void show(Technician technician) {
        detail.removeAll();
        boolean manager = context.security().hasRole(Role.MANAGER);
        if (technician == null && !manager) {
            return;
        }
        detail.add(new TechnicianForm(context, technicians, settings, technician, this::refresh));
        if (technician != null) {
            detail.add(new AbsencesPanel(context, technicians, technician.userId(), manager));
        }
    }

    /** Reloads the list and shows {@code userId}'s profile again (or nothing when null). */
    private void refresh(Long userId) {
        grid.setItems(technicians.all());
        detail.removeAll();
        if (userId != null) {
            grid.getListDataView().getItems().filter(row -> row.userId() == userId).findFirst()
                    .ifPresent(grid::select);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldservice.technicians.title");
    }
}
