package dev.rapport.platform.audit.ui;

import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.security.Role;
import java.time.Instant;
import java.time.LocalDate;

/** Administrators search the audit log (newest first, page by page); nothing here can change it. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final Formats formats = WebSession.formats();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final TextField subject = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();

    private final java.util.Map<String, String> subjectNames = new java.util.HashMap<>();
    private final dev.rapport.platform.user.UserDirectory users;
    private final dev.rapport.platform.customer.CustomerService customers;
    private final dev.rapport.platform.user.DepartmentDirectory departments;

    public AuditLogView(AuditLog audit, dev.rapport.platform.user.UserDirectory users,
                        dev.rapport.platform.customer.CustomerService customers,
                        dev.rapport.platform.user.DepartmentDirectory departments) {
        this.audit = audit;
        this.users = users;
        this.customers = customers;
        this.departments = departments;
        setSizeFull();
        H2 title = new H2(getTranslation("audit.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        from.setId("audit-from");
        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to"));
        action.setId("audit-action");
        action.setPlaceholder(getTranslation("audit.action"));
        action.setAriaLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(EnumLabels.of(this));
        action.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setPlaceholder(getTranslation("audit.actor"));
        actor.setAriaLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setId("audit-subject");
        subject.setPlaceholder(getTranslation("audit.subjectId"));
        subject.setAriaLabel(getTranslation("audit.subjectId"));
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        action.addValueChangeListener(e -> reload());
        actor.addValueChangeListener(e -> reload());
        subject.addValueChangeListener(e -> reload());
        HorizontalLayout filters = new HorizontalLayout(from, to, action, actor, subject);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);

        grid.setId("audit-entries");
        grid.addColumn(entry -> formats.dateTime(entry.occurredAt())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(EnumLabels.key(entry.action()))).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::subjectName)
                .setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(title, filters, grid);
        expand(grid);
        reload();
    }

    private void reload() {
        AuditFilter filter = new AuditFilter(start(from.getValue()), start(to.getValue() == null ? null
                : to.getValue().plusDays(1)), action.getValue(), actor.getValue(), null, subject.getValue());
        KeysetPager<AuditEntry> pager = new KeysetPager<>((after, limit) ->
                audit.search(filter, after, limit, WebSession.actor()));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(formats.zone()).toInstant();
    }

    /** The subject as a person reads it: a user's, customer's or department's name (with the id to search by). */
    private String subjectName(AuditEntry entry) {
        if (entry.subjectType() == null) {
            return "";
        }
        return subjectNames.computeIfAbsent(entry.subjectType() + ":" + entry.subjectId(), key -> {
            java.util.Optional<String> name = java.util.Optional.empty();
            try {
                long id = Long.parseLong(entry.subjectId());
                name = switch (entry.subjectType()) {
                    case "user" -> users.find(id).map(dev.rapport.platform.user.User::displayName);
                    case "customer" -> customers.find(id).map(dev.rapport.platform.customer.Customer::displayName);
                    case "department" -> departments.find(id).map(dev.rapport.sdk.security.Department::name);
                    default -> java.util.Optional.empty();
                };
            } catch (NumberFormatException e) {
                name = java.util.Optional.empty();
            }
            return name.map(found -> found + " (" + entry.subjectType() + " " + entry.subjectId() + ")")
                    .orElse(entry.subjectType() + " " + entry.subjectId());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
