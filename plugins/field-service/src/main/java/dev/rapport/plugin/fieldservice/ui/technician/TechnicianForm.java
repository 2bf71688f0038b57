package dev.rapport.plugin.fieldservice.ui.technician;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.technician.Technician;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A technician's profile: for a new one the user (a member of the field department not yet a technician), then
 * skills, home base with coordinates, working hours in the company's time zone and territory. Saving checks every
 * field and the version read; removing asks first and is refused while visits are planned for them.
 */
final class TechnicianForm extends VerticalLayout {

    private final ComboBox<UserInfo> user = new ComboBox<>();
    private final TextField skills = new TextField();
    private final TextField homeLabel = new TextField();
    private final NumberField lat = new NumberField();
    private final NumberField lon = new NumberField();
    private final TimePicker workStart = new TimePicker();
    private final TimePicker workEnd = new TimePicker();
    private final TextField territory = new TextField();

    TechnicianForm(PluginContext context, TechnicianService technicians, FieldSettings settings, Technician technician,
                   Consumer<Long> changed) {
        setId("technician-form");
        setPadding(false);
        boolean manager = context.security().hasRole(Role.MANAGER);
        add(new H3(technician == null ? getTranslation("fieldservice.technicians.new") : technician.name()));
        label(user, "tech-user", "fieldservice.technicians.user");
        user.setItemLabelGenerator(UserInfo::displayName);
        if (technician == null) {
            user.setItems(candidates(context, technicians));
        } else {
            user.setVisible(false);
        }
        label(skills, "tech-skills", "fieldservice.technicians.skills");
        skills.setHelperText(getTranslation("fieldservice.orders.skillsHelp"));
        label(homeLabel, "tech-home", "fieldservice.technicians.home");
        label(lat, "tech-lat", "fieldservice.orders.lat");
        label(lon, "tech-lon", "fieldservice.orders.lon");
        label(workStart, "tech-start", "fieldservice.technicians.workStart");
        label(workEnd, "tech-end", "fieldservice.technicians.workEnd");
        workEnd.setHelperText(getTranslation("fieldservice.technicians.zone", settings.zone().getId()));
        label(territory, "tech-territory", "fieldservice.technicians.territory");
        territory.setHelperText(getTranslation("fieldservice.technicians.territoryHelp"));
        if (technician == null) {
            workStart.setValue(LocalTime.of(8, 0));
            workEnd.setValue(LocalTime.of(17, 0));
        } else {
            skills.setValue(String.join(", ", technician.skills().stream().sorted().toList()));
            homeLabel.setValue(technician.homeLabel());
            lat.setValue(technician.home().lat());
            lon.setValue(technician.home().lon());
            workStart.setValue(technician.workStart());
            workEnd.setValue(technician.workEnd());
            territory.setValue(technician.territory() == null ? "" : technician.territory());
        }
        FormLayout form = new FormLayout(user, skills, homeLabel, lat, lon, workStart, workEnd, territory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setEnabled(manager);
        add(form);
        Button save = new Button(getTranslation("fieldservice.save"), click -> save(technicians, technician, changed));
        save.setId("tech-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("fieldservice.technicians.remove"), click -> Confirmation.ask(this,
                "tech-remove-confirm", "fieldservice.technicians.removeTitle",
                getTranslation("fieldservice.technicians.removeQuestion", technician.name()),
                "fieldservice.technicians.remove", () -> {
                    if (Feedback.attempt(this, Map.of(), () -> technicians.remove(technician.userId(),
                            technician.version()))) {
                        Feedback.success(this, "fieldservice.technicians.removed", technician.name());
                        changed.accept(null);
                    }
                }));
        remove.setId("tech-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(technician != null);
        HorizontalLayout actions = new HorizontalLayout(save, remove);
        actions.setVisible(manager);
        add(actions);
    }

    private void save(TechnicianService technicians, Technician technician, Consumer<Long> changed) {
        if (technician == null && user.getValue() == null) {
            user.setErrorMessage(getTranslation("fieldservice.error.required"));
            user.setInvalid(true);
            return;
        }
        long userId = technician == null ? user.getValue().id() : technician.userId();
        String name = technician == null ? user.getValue().displayName() : technician.name();
        GeoPoint home = new GeoPoint(lat.getValue() == null ? Double.NaN : lat.getValue(),
                lon.getValue() == null ? Double.NaN : lon.getValue());
        Set<String> skillSet = Arrays.stream(skills.getValue().split(",")).map(String::strip)
                .filter(skill -> !skill.isEmpty()).collect(Collectors.toSet());
        boolean saved = Feedback.attempt(this, Map.of("user", user, "skills", skills, "homeLabel", homeLabel,
                "home", lat, "workStart", workStart, "workEnd", workEnd, "territory", territory), () ->
                technicians.save(new Technician(userId, name, skillSet, homeLabel.getValue(), home,
                        workStart.getValue(), workEnd.getValue(), territory.getValue(),
                        technician == null ? 0 : technician.version())));
        if (saved) {
            Feedback.success(this, "fieldservice.technicians.saved", name);
            changed.accept(userId);
        }
    }

    /** Members of the field department (everyone active if there is none) who have no profile yet. */
    private static List<UserInfo> candidates(PluginContext context, TechnicianService technicians) {
        Set<Long> existing = technicians.all().stream().map(Technician::userId).collect(Collectors.toSet());
        List<UserInfo> people = context.staff().departmentByCode(InventoryService.FIELD_DEPARTMENT)
                .map(department -> context.staff().members(department.id()))
                .orElseGet(() -> context.staff().activeUsers());
        return people.stream().filter(person -> !existing.contains(person.id()))
                .sorted(Comparator.comparing(UserInfo::displayName)).toList();
    }

    private <T extends Component & HasLabel> void label(T field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }
}
