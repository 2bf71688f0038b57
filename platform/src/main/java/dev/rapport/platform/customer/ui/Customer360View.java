package dev.rapport.platform.customer.ui;

import dev.rapport.platform.mail.CustomerMail;
import dev.rapport.platform.mail.EmailService;
import dev.rapport.platform.mail.ui.EmailComposeDialog;
import dev.rapport.platform.mail.ui.EmailDetails;
import dev.rapport.sdk.interaction.Channel;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.Customer;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.home.RecentCustomers;
import dev.rapport.platform.customer.Money;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.interaction.CustomerKeyFigures;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.RouteIds;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.tabs.Tab;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.OpenCustomerViews;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.document.CustomerDocuments;
import dev.rapport.platform.document.ui.CustomerDocumentsPanel;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.sdk.customer.CustomerInfo;
import java.util.stream.Collectors;

/**
 * The customer 360° view: who the customer is, the key figures, and everything that happened with them
 * (interactions and transactions, newest first). Plugins add tabs here.
 */
@Route(value = "customers/:customerId(\\d+)", layout = MainLayout.class)
public class Customer360View extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Customer360ViewLogic logic;
    private final UserDirectory users;
    private final ProductCatalog products;
    private final Formats formats = WebSession.formats();

    private final H2 name = new H2();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final HorizontalLayout figures = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final TimelineGrid timeline;
    private final CustomerDetails details;
    private final ContactsPanel contacts;
    private final CustomerTasksPanel tasksPanel;
    private final CustomerDocumentsPanel documentsPanel;
    private final CustomerDocuments documents;
    private com.vaadin.flow.component.tabs.Tab contactsTab;
    private Customer customer;
    private Button editButton;
    private Button mergeButton;
    private final CustomerService customers;
    private final CustomerTabRegistry pluginTabs;
    private final CustomerContributions contributions;
    private final OpenCustomerViews openViews;
    private Registration openRegistration;
    private final MissingContributionsNote missingFacts = new MissingContributionsNote("facts-missing",
            "customer360.factsMissing.slow", "customer360.factsMissing.failed");
    private final MissingContributionsNote missingEntries = new MissingContributionsNote("timeline-missing",
            "timeline.entriesMissing.slow", "timeline.entriesMissing.failed");
    private final ModuleAccess modules;
    private final List<Tab> pluginTabsShown = new ArrayList<>();
    private final CustomerMail mail;
    private Button emailButton;

    public Customer360View(CustomerService customers, InteractionService interactions, TimelineService timelineService,
                           TransactionService transactions, ProductCatalog products, UserDirectory users,
                           CustomerTabRegistry pluginTabs, TaskService taskService, DepartmentDirectory departments,
                           ModuleAccess modules, CustomerMerger merger, CustomerContributions contributions,
                           OpenCustomerViews openViews, RecentCustomers recentCustomers, CustomerMail mail,
                           AppointmentService appointments, CustomerDocuments documents) {
        this.modules = modules;
        this.users = users;
        this.products = products;
        this.customers = customers;
        this.pluginTabs = pluginTabs;
        this.contributions = contributions;
        this.openViews = openViews;
        this.logic = new Customer360ViewLogic(this, customers, interactions, timelineService, transactions, merger,
                recentCustomers);
        this.timeline = new TimelineGrid(timelineService, users, products, formats, logic::startCorrection,
                new TimelineGrid.PluginEntries(contributions, this::pluginVisible, missingEntries::show));
        this.mail = mail;
        timeline.showInteractionDetails(this::mailDetails);
        this.details = new CustomerDetails(formats, users);
        this.contacts = new ContactsPanel(logic);
        this.documents = documents;
        this.documentsPanel = new CustomerDocumentsPanel(documents, users, documents.maxBytes(), WebSession.actor(), formats);
        this.tasksPanel = new CustomerTasksPanel(taskService, appointments, customers, users, departments, modules, formats,
                WebSession.actor(),
                () -> logic.historyChanged());
        setSizeFull();
        name.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XXLARGE);
        name.setId("customer-name");
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        figures.setId("key-figures");
        figures.setWidthFull();
        figures.addClassName(LumoUtility.FlexWrap.WRAP);
        tabs.setSizeFull();
        tabs.setId("customer-tabs");
        VerticalLayout timelineTab = new VerticalLayout(missingEntries, timeline);
        timelineTab.setPadding(false);
        timelineTab.setSizeFull();
        timelineTab.expand(timeline);
        tabs.add(getTranslation("customer360.timeline"), timelineTab);
        tabs.add(getTranslation("customer360.details"), details);
        contactsTab = tabs.add(getTranslation("customer360.contacts"), contacts);
        tabs.add(getTranslation("customer360.tasks"), tasksPanel).setId("tab-tasks");
        tabs.add(getTranslation("documents.tab"), documentsPanel).setId("tab-documents");
        add(header(), figures, missingFacts, tabs);
        expand(tabs);
        addDetachListener(event -> forgetOpen());
    }

    /** The route parameters of the 360° view of customer {@code id}. */
    public static RouteParameters parameters(long id) {
        return new RouteParameters("customerId", String.valueOf(id));
    }

    private Component header() {
        Button edit = new Button(getTranslation("customer360.edit"), VaadinIcon.EDIT.create(), click ->
                getUI().ifPresent(ui -> ui.navigate(CustomerEditView.class, parameters(customer.id()))));
        edit.setId("edit-customer");
        Button logInteraction = new Button(getTranslation("customer360.logInteraction"), VaadinIcon.COMMENT.create(),
                click -> logic.startLogging());
        logInteraction.setId("log-interaction");
        logInteraction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button recordTransaction = new Button(getTranslation("customer360.recordTransaction"), VaadinIcon.MONEY.create(),
                click -> logic.startRecordingTransaction());
        recordTransaction.setId("record-transaction");
        VerticalLayout identity = new VerticalLayout(name, badges);
        identity.setPadding(false);
        identity.setSpacing(false);
        // What the services would refuse is not offered (the services still check).
        boolean agent = WebSession.actor().has(Role.AGENT);
        logInteraction.setVisible(agent);
        recordTransaction.setVisible(agent);
        editButton = edit;
        emailButton = new Button(getTranslation("mail.compose.button"), VaadinIcon.ENVELOPE.create(),
                click -> new EmailComposeDialog(customer, mail, WebSession.actor(), logic::historyChanged).open());
        emailButton.setId("send-email");
        emailButton.setVisible(agent && !mail.sender().mailboxesFor(WebSession.actor()).isEmpty());
        Button merge = new Button(getTranslation("merge.button"), VaadinIcon.COMPRESS_SQUARE.create(),
                click -> new MergeDialog(customer, customers, logic::merge).open());
        merge.setId("merge-customer");
        mergeButton = merge;
        HorizontalLayout header = new HorizontalLayout(identity, logInteraction, emailButton, recordTransaction, edit, merge);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(identity);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        return header;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        logic.enter(RouteIds.required(event, "customerId", "Customer"), WebSession.actor());
    }

    void show(Customer value, CustomerKeyFigures keyFigures) {
        this.customer = value;
        editButton.setVisible(customers.canEdit(value, WebSession.actor()));
        mergeButton.setVisible(WebSession.actor().has(Role.MANAGER) && customers.canEdit(value, WebSession.actor()));
        name.setText(value.displayName());
        badges.removeAll();
        Badge kind = new Badge(getTranslation(EnumLabels.key(value.kind())),
                (value.kind() == CustomerKind.ORGANISATION ? VaadinIcon.BUILDING : VaadinIcon.USER).create());
        badges.add(kind, StageBadge.of(value.details().stage(), this));
        if (value.details().ownerId() != null) {
            users.find(value.details().ownerId()).map(User::displayName)
                    .ifPresent(owner -> badges.add(new Span(getTranslation("customer360.ownedBy", owner))));
        }
        for (EmailService.UndeliverableAddress bad : mail.emails().undeliverable(value.id())) {
            Badge badge = new Badge(getTranslation("mail.undeliverable", bad.address(), formats.dateTime(bad.reportedAt()),
                    bad.reason()), VaadinIcon.EXCLAMATION_CIRCLE.create());
            badge.addClassName("undeliverable");
            badge.getElement().getThemeList().add("error");
            badges.add(badge);
        }
        value.details().tags().stream().sorted().forEach(tag -> {
            Badge badge = new Badge(tag);
            badge.addClassName("tag");
            badges.add(badge);
        });
        showFigures(keyFigures);
        details.show(value);
        boolean organisation = value.kind() == CustomerKind.ORGANISATION;
        contactsTab.setVisible(organisation);
        if (!organisation && tabs.getSelectedTab() == contactsTab) {
            // The view is reused when going from an organisation to a person: do not stay on a hidden tab.
            tabs.setSelectedIndex(0);
        }
        timeline.show(value.id());
        tasksPanel.show(value.id());
        documentsPanel.show(value, documents.canChange(value, WebSession.actor()));
        showPluginTabs(value);
        forgetOpen();
        openRegistration = openViews.opened(value.id(), UI.getCurrent(), this::redrawPluginParts);
    }

    private void forgetOpen() {
        if (openRegistration != null) {
            openRegistration.remove();
            openRegistration = null;
        }
    }

    /** A plugin's data about the customer changed elsewhere: its facts, timeline and tabs again, the same tab chosen. */
    private void redrawPluginParts() {
        String selected = tabs.getSelectedTab() == null ? null : tabs.getSelectedTab().getId().orElse(null);
        logic.historyChanged();
        showPluginTabs(customer);
        pluginTabsShown.stream().filter(tab -> tab.getId().filter(id -> id.equals(selected)).isPresent()).findFirst()
                .ifPresent(tabs::setSelectedTab);
    }

    /** The running plugins' tabs, made anew for every customer; a failing tab shows an error, not a broken view. */
    private void showPluginTabs(Customer value) {
        pluginTabsShown.forEach(tabs::remove);
        pluginTabsShown.clear();
        CustomerInfo info = customers.info(value.id()).orElseThrow();
        for (CustomerTabRegistry.PluginTab pluginTab : pluginTabs.tabs()) {
            if (!pluginVisible(pluginTab.pluginId())) {
                continue;
            }
            String labelKey = pluginTabs.labelKey(pluginTab);
            Component content = pluginTabs.content(pluginTab, info, () -> {
                Span failed = new Span(getTranslation("customer360.tabFailed", pluginTab.pluginId()));
                failed.addClassName("plugin-tab-failed");
                return failed;
            });
            Tab tab = tabs.add(labelKey == null ? pluginTab.pluginId() : getTranslation(labelKey), content);
            tab.setId("tab-" + pluginTab.pluginId() + "-" + pluginTabsShown.size());
            pluginTabsShown.add(tab);
        }
    }

    /** Whether the viewer's departments use the plugin, so its contributions show. */
    private boolean pluginVisible(String pluginId) {
        return modules.isEnabledFor(pluginId, WebSession.actor());
    }

    void showFigures(CustomerKeyFigures keyFigures) {
        figures.removeAll();
        CustomerContributions.Gathered<CustomerContributions.PluginFact> facts = contributions.facts(
                customers.info(customer.id()).orElseThrow(), getLocale(), this::pluginVisible);
        figures.add(
                figure("figure-since", getTranslation("customer360.customerSince"), formats.date(keyFigures.customerSince())),
                figure("figure-revenue", getTranslation("customer360.revenue12"), revenue(keyFigures.revenueLast12Months())),
                figure("figure-last-contact", getTranslation("customer360.lastContact"), keyFigures.lastContact() == null
                        ? getTranslation("customer360.never") : formats.dateTime(keyFigures.lastContact())),
                figure("figure-interactions", getTranslation("customer360.interactions"), formats.number(keyFigures.interactionCount())),
                figure("figure-transactions", getTranslation("customer360.transactions"), formats.number(keyFigures.transactionCount())));
        PluginFactCards.of(facts.values()).forEach(figures::add);
        missingFacts.show(facts.missing());
    }

    private String revenue(List<Money> amounts) {
        return amounts.isEmpty() ? formats.money(java.math.BigDecimal.ZERO, customer.details().currency())
                : amounts.stream().map(formats::money).collect(Collectors.joining(" · "));
    }

    private static Component figure(String id, String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span valueSpan = new Span(value);
        valueSpan.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        valueSpan.addClassName("figure-value");
        Div card = new Div(labelSpan, valueSpan);
        card.setId(id);
        card.addClassName("key-figure");
        return card;
    }

    void showContacts(List<ContactPerson> values) {
        contacts.show(values, customer != null && customers.canEdit(customer, WebSession.actor()));
    }

    /** After a new interaction or transaction: newest entries at the top again, figures recomputed. */
    void refreshHistory(CustomerKeyFigures keyFigures) {
        showFigures(keyFigures);
        timeline.show(customer.id());
    }

    private Optional<Component> mailDetails(Interaction interaction) {
        if (interaction.channel() != Channel.EMAIL) {
            return Optional.empty();
        }
        return mail.emails().ofInteraction(interaction.id(), WebSession.actor())
                .map(email -> new EmailDetails(email, mail.emails(), WebSession.actor()));
    }

    void openInteractionDialog(Interaction toCorrect, List<ContactPerson> contactPersons) {
        new InteractionDialog(customer, toCorrect, contactPersons, formats, logic).open();
    }

    void openTransactionDialog() {
        new TransactionDialog(customer, products.all(), formats, logic).open();
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? "" : customer.displayName() + " · ") + getTranslation("app.name");
    }
}
