package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.assignment.AssignmentKind;
import dev.rapport.plugin.acquisition.assignment.AssignmentRule;
import dev.rapport.plugin.acquisition.assignment.AssignmentService;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.capture.WebFormService;
import dev.rapport.plugin.acquisition.support.Products;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** For managers: who gets new leads (assignment rules), the web forms, and the campaign currency. */
public final class AcquisitionSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final AssignmentService assignment;
    private final Grid<AssignmentRule> rules = new Grid<>();
    private final Map<Long, String> userNames;
    private final Map<Long, String> departmentNames;
    private final Map<Long, ProductInfo> products;

    public AcquisitionSettingsView(PluginContext context, AssignmentService assignment, WebFormService webForms,
                                   CampaignService campaigns) {
        this.context = context;
        this.assignment = assignment;
        this.userNames = context.staff().activeUsers().stream().collect(Collectors.toMap(UserInfo::id, UserInfo::displayName));
        this.departmentNames = context.staff().departments().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        this.products = Products.of(context.customers()).byId();
        setId("acquisition-settings");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("acquisition.settings.assignment"), assignmentPanel()).setId("settings-tab-assignment");
        tabs.add(getTranslation("acquisition.campaign.tab.webForms"),
                new WebFormsPanel(webForms, campaigns.recent(), null, context.security().hasRole(Role.MANAGER)))
                .setId("settings-tab-web-forms");
        tabs.add(getTranslation("acquisition.settings.general"), generalPanel(campaigns)).setId("settings-tab-general");
        add(new H2(getTranslation("acquisition.settings.title")), tabs);
        expand(tabs);
    }

    private Component assignmentPanel() {
        rules.setId("assignment-rule-grid");
        rules.addColumn(AssignmentRule::position).setHeader("#").setFlexGrow(0).setWidth("4em");
        rules.addColumn(this::describe).setHeader(getTranslation("acquisition.assignment.takes")).setFlexGrow(3);
        rules.addColumn(rule -> rule.userId() != null ? userNames.getOrDefault(rule.userId(), "#" + rule.userId())
                        : getTranslation("acquisition.assignment.roundRobin", departmentNames.getOrDefault(rule.departmentId(), "")))
                .setHeader(getTranslation("acquisition.assignment.goesTo")).setFlexGrow(2);
        rules.addColumn(rule -> getTranslation(rule.active() ? "acquisition.yes" : "acquisition.no"))
                .setHeader(getTranslation("acquisition.scoring.active"));
        rules.addComponentColumn(rule -> {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(rule, -1));
            up.setAriaLabel(getTranslation("acquisition.assignment.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(rule, 1));
            down.setAriaLabel(getTranslation("acquisition.assignment.down"));
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(rule));
            edit.setAriaLabel(getTranslation("acquisition.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirmation.ask(this, "acquisition-confirm",
                    "acquisition.assignment.delete", getTranslation("acquisition.assignment.deleteQuestion", describe(rule)),
                    "acquisition.delete", () -> {
                        if (Feedback.attempt(this, Map.of(), () -> assignment.delete(rule.id()))) {
                            refresh();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("acquisition.delete"));
            for (Button button : List.of(up, down, edit, delete)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            return new HorizontalLayout(up, down, edit, delete);
        }).setFlexGrow(0).setWidth("17em");
        Button create = new Button(getTranslation("acquisition.assignment.new"), VaadinIcon.PLUS.create(), click -> edit(null));
        create.setId("assignment-rule-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refresh();
        VerticalLayout panel = new VerticalLayout(new Paragraph(getTranslation("acquisition.assignment.explain")), create, rules);
        panel.setPadding(false);
        panel.setSizeFull();
        panel.expand(rules);
        return panel;
    }

    private String describe(AssignmentRule rule) {
        return switch (rule.kind()) {
            case TERRITORY -> getTranslation("acquisition.assignment.territory", rule.countryCodes());
            case PRODUCT_INTEREST -> getTranslation("acquisition.assignment.product",
                    products.containsKey(rule.productId()) ? products.get(rule.productId()).name() : "#" + rule.productId());
            case ANY -> getTranslation("acquisition.assignment.any");
        };
    }

    private void move(AssignmentRule rule, int direction) {
        if (Feedback.attempt(this, Map.of(), () -> assignment.move(rule.id(), direction))) {
            refresh();
        }
    }

    private void refresh() {
        rules.setItems(assignment.rules());
    }

    private void edit(AssignmentRule existing) {
        Dialog dialog = new Dialog();
        dialog.setId("assignment-rule-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "acquisition.assignment.new" : "acquisition.assignment.edit"));
        Select<AssignmentKind> kind = new Select<>();
        kind.setId("assignment-kind");
        kind.setLabel(getTranslation("acquisition.assignment.kind"));
        kind.setItems(AssignmentKind.values());
        kind.setItemLabelGenerator(LABELS.generator(this));
        TextField countries = new TextField(getTranslation("acquisition.assignment.countries"));
        countries.setId("assignment-countries");
        countries.setHelperText(getTranslation("acquisition.assignment.countriesHelp"));
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation("acquisition.assignment.productLabel"));
        product.setId("assignment-product");
        product.setItems(products.values());
        product.setItemLabelGenerator(ProductInfo::name);
        RadioButtonGroup<String> target = new RadioButtonGroup<>(getTranslation("acquisition.assignment.goesTo"));
        target.setId("assignment-target");
        target.setItems("user", "department");
        target.setItemLabelGenerator(value -> getTranslation("acquisition.assignment.target." + value));
        ComboBox<UserInfo> user = new ComboBox<>(getTranslation("acquisition.fulfilment.user"));
        user.setId("assignment-user");
        List<UserInfo> users = context.staff().activeUsers().stream().filter(u -> u.role() != Role.READ_ONLY).toList();
        user.setItems(users);
        user.setItemLabelGenerator(UserInfo::displayName);
        ComboBox<Department> department = new ComboBox<>(getTranslation("acquisition.lead.department"));
        department.setId("assignment-department");
        List<Department> departments = context.staff().departments();
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        Checkbox active = new Checkbox(getTranslation("acquisition.scoring.active"));
        active.setId("assignment-active");
        kind.addValueChangeListener(change -> {
            countries.setVisible(change.getValue() == AssignmentKind.TERRITORY);
            product.setVisible(change.getValue() == AssignmentKind.PRODUCT_INTEREST);
        });
        target.addValueChangeListener(change -> {
            user.setVisible("user".equals(change.getValue()));
            department.setVisible("department".equals(change.getValue()));
        });
        Function<Long, ProductInfo> productById = id -> id == null ? null : products.get(id);
        if (existing == null) {
            kind.setValue(AssignmentKind.TERRITORY);
            target.setValue("department");
            active.setValue(true);
        } else {
            kind.setValue(existing.kind());
            countries.setValue(existing.countryCodes() == null ? "" : existing.countryCodes());
            product.setValue(productById.apply(existing.productId()));
            target.setValue(existing.userId() != null ? "user" : "department");
            users.stream().filter(u -> existing.userId() != null && u.id() == existing.userId()).findFirst().ifPresent(user::setValue);
            departments.stream().filter(d -> existing.departmentId() != null && d.id() == existing.departmentId())
                    .findFirst().ifPresent(department::setValue);
            active.setValue(existing.active());
        }
        dialog.add(new FormLayout(kind, countries, product, target, user, department, active));
        Button save = new Button(getTranslation("acquisition.save"), click -> {
            boolean toUser = "user".equals(target.getValue());
            AssignmentRule rule = new AssignmentRule(existing == null ? 0 : existing.id(),
                    existing == null ? 0 : existing.position(), kind.getValue(), countries.getValue(),
                    product.getValue() == null ? null : product.getValue().id(),
                    toUser && user.getValue() != null ? user.getValue().id() : null,
                    !toUser && department.getValue() != null ? department.getValue().id() : null, active.getValue());
            if (Feedback.attempt(this, Map.<String, HasValidation>of("kind", kind, "countryCodes", countries,
                    "productId", product, "userId", toUser ? user : department, "departmentId", department),
                    () -> assignment.save(rule))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("assignment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Component generalPanel(CampaignService campaigns) {
        TextField currency = new TextField(getTranslation("acquisition.settings.currency"));
        currency.setId("settings-currency");
        currency.setValue(campaigns.currency());
        currency.setHelperText(getTranslation("acquisition.settings.currencyHelp"));
        Button save = new Button(getTranslation("acquisition.save"), click -> {
            if (Feedback.attempt(this, Map.of("currency", currency), () -> campaigns.setCurrency(currency.getValue()))) {
                Feedback.success(this, "acquisition.settings.saved");
            }
        });
        save.setId("settings-currency-save");
        HorizontalLayout bar = new HorizontalLayout(currency, save);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(bar);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acquisition.settings.title");
    }
}
