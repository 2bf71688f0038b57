package dev.rapport.platform.customer.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static dev.rapport.platform.testing.Kernel.organisation;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.Transaction;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.platform.interaction.TimelineEntry;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.RecordNotFoundView;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.TimelineItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Customer360ViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final Kernel kernel = ui.kernel();
    private final Formats formats = ui.formats();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Test
    void headerShowsTheCustomersName() {
        Customer customer = kernel.customers.create(person("Jane", unique("Header")), ui.actor());

        open(customer);

        assertThat(_get(H2.class, spec -> spec.withId("customer-name")).getText()).isEqualTo(customer.displayName());
    }

    @Test
    void editButtonOpensTheFormOfThisCustomer() {
        Customer customer = kernel.customers.create(person("Jane", unique("EditButton")), ui.actor());
        open(customer);

        _click(button("edit-customer"));

        assertThat(getCurrentView()).isEqualTo(CustomerEditView.class);
        assertThat(getCurrentPath()).isEqualTo("customers/" + customer.id() + "/edit");
        assertThat(textField("last-name").getValue()).isEqualTo(customer.details().lastName());
    }

    @Test
    void keyFiguresSummariseTransactionsAndInteractions() {
        Customer customer = kernel.customers.create(person("Jane", unique("Figures")), ui.actor());
        record(customer, TransactionKind.PURCHASE, "120.50", daysAgo(40));
        record(customer, TransactionKind.PURCHASE, "80.00", daysAgo(10));
        record(customer, TransactionKind.REFUND, "20.50", daysAgo(5));
        log(customer, "First call", daysAgo(20));
        log(customer, "Follow-up", daysAgo(2));

        open(customer);

        assertThat(figure("figure-since")).isEqualTo(formats.date(daysAgo(40)));
        assertThat(figure("figure-revenue")).isEqualTo("$180.00");
        assertThat(figure("figure-last-contact")).isEqualTo(formats.dateTime(daysAgo(2)));
        assertThat(figure("figure-interactions")).isEqualTo("2");
        assertThat(figure("figure-transactions")).isEqualTo("3");
    }

    @Test
    void timelineListsNewestFirst() {
        Customer customer = kernel.customers.create(person("Jane", unique("Timeline")), ui.actor());
        record(customer, TransactionKind.PURCHASE, "120.50", daysAgo(40));
        log(customer, "First call", daysAgo(20));
        record(customer, TransactionKind.REFUND, "20.50", daysAgo(5));
        log(customer, "Follow-up", daysAgo(2));

        open(customer);

        assertThat(_findAll(timeline())).extracting(TimelineEntry::occurredAt)
                .containsExactly(daysAgo(2), daysAgo(5), daysAgo(20), daysAgo(40));
        assertThat(List.of(cellText(0, "what"), cellText(1, "what"), cellText(2, "what"), cellText(3, "what")))
                .containsExactly("Phone", "Refund", "Phone", "Purchase");
        assertThat(_getFormatted(timeline(), 0, "subject")).isEqualTo("Follow-up");
        assertThat(_getFormatted(timeline(), 0, "when")).isEqualTo(formats.dateTime(daysAgo(2)));
        assertThat(_getFormatted(timeline(), 1, "detail")).isEqualTo("$20.50");
    }

    @Test
    void loggingAnInteractionStoresItAndShowsItFirst() {
        Customer customer = kernel.customers.create(person("Jane", unique("Log")), ui.actor());
        log(customer, "First call", daysAgo(3));
        open(customer);
        assertThat(figure("figure-interactions")).isEqualTo("1");

        _click(button("log-interaction"));
        LocalDateTime anHourAgo = LocalDateTime.now(KaribuUi.BROWSER_ZONE).truncatedTo(ChronoUnit.MINUTES).minusHours(1);
        selectByLabel(select("interaction-channel"), "Email");
        _setValue(textField("interaction-subject"), "Sent the offer");
        _setValue(_get(TextArea.class, spec -> spec.withId("interaction-notes")), "Valid until Friday.");
        selectByLabel(select("interaction-outcome"), "Follow-up needed");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("interaction-occurred-at")), anHourAgo);
        _click(button("interaction-save"));

        _assertNone(InteractionDialog.class);
        Interaction stored = ((TimelineEntry.InteractionEntry) kernel.timeline.timeline(customer.id(), null, 1).getFirst())
                .interaction();
        assertThat(stored.subject()).isEqualTo("Sent the offer");
        assertThat(stored.channel()).isEqualTo(Channel.EMAIL);
        assertThat(stored.notes()).isEqualTo("Valid until Friday.");
        assertThat(stored.outcome()).isEqualTo(Outcome.FOLLOW_UP_NEEDED);
        assertThat(stored.occurredAt()).isEqualTo(anHourAgo.atZone(KaribuUi.BROWSER_ZONE).toInstant());
        assertThat(stored.recordedBy()).isEqualTo(ui.actor().userId());
        assertThat(_getFormatted(timeline(), 0, "subject")).isEqualTo("Sent the offer");
        assertThat(figure("figure-interactions")).isEqualTo("2");
    }

    @Test
    void anInteractionWithoutSubjectIsRefusedAndNotStored() {
        Customer customer = kernel.customers.create(person("Jane", unique("NoSubject")), ui.actor());
        open(customer);

        _click(button("log-interaction"));
        _click(button("interaction-save"));

        _expectInvalid(textField("interaction-subject"), "Required.");
        _get(InteractionDialog.class);
        assertThat(kernel.timeline.timeline(customer.id(), null, 10)).isEmpty();
        assertThat(figure("figure-interactions")).isEqualTo("0");
    }

    @Test
    void correctingAnEntryStoresACorrectionAndMarksTheOriginal() {
        Customer customer = kernel.customers.create(person("Jane", unique("Correct")), ui.actor());
        Interaction original = log(customer, "Call about the offer", daysAgo(1));
        open(customer);

        Component pencil = _getCellComponent(timeline(), 0, "actions");
        assertThat(pencil.getClassNames()).contains("correct-interaction");
        _click((Button) pencil);
        TextField subject = textField("interaction-subject");
        assertThat(subject.getValue()).isEqualTo("Call about the offer");
        _setValue(subject, "Call about the revised offer");
        _click(button("interaction-save"));

        Interaction marked = kernel.interactions.get(original.id());
        assertThat(marked.isCorrected()).isTrue();
        Interaction correction = kernel.interactions.get(marked.correctedById());
        assertThat(correction.correctsId()).isEqualTo(original.id());
        assertThat(correction.subject()).isEqualTo("Call about the revised offer");
        assertThat(_getFormatted(timeline(), 0, "subject")).isEqualTo("Correction: Call about the revised offer");
        assertThat(_getFormatted(timeline(), 1, "detail")).endsWith(" · corrected");
        assertThat(_getCellComponent(timeline(), 1, "actions")).isNotInstanceOf(Button.class);
    }

    @Test
    void aProductPricedInAnotherCurrencyLeavesTheCustomersCurrencyAndShowsThePrice() {
        Customer customer = kernel.customers.create(person("Jane", unique("Currency")), ui.actor());
        String code = unique("EUR-");
        kernel.products.create(new dev.rapport.platform.customer.ProductDraft(code, "Euro card", "Cards",
                new BigDecimal("49.00"), BigDecimal.ONE, "EUR", true), ui.actor());
        open(customer);
        String reference = unique("INV");

        _click(button("record-transaction"));
        selectByLabel(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("transaction-product")),
                "Euro card (" + code + ")");

        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("transaction-amount"));
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("transaction-currency"))
                .getValue()).isEqualTo("USD");
        assertThat(amount.getValue()).as("no euro price taken for dollars").isNull();
        assertThat(amount.getHelperText()).contains("€49.00").contains("USD");
        _setValue(amount, new BigDecimal("53.00"));
        _setValue(textField("transaction-reference"), reference);
        _click(button("transaction-save"));

        Transaction stored = kernel.transactions.findByExternalRef(TransactionDialog.MANUAL_SOURCE, reference).orElseThrow();
        assertThat(stored.amount().currency()).isEqualTo("USD");
        assertThat(stored.amount().amount()).isEqualByComparingTo("53.00");
    }

    @Test
    void recordingATransactionByHandStoresItAndUpdatesFiguresAndTimeline() {
        Customer customer = kernel.customers.create(person("Jane", unique("Manual")), ui.actor());
        open(customer);
        String reference = unique("INV");

        _click(button("record-transaction"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("transaction-amount")), new BigDecimal("99.90"));
        _setValue(textField("transaction-reference"), reference);
        _click(button("transaction-save"));

        _assertNone(TransactionDialog.class);
        Transaction stored = kernel.transactions.findByExternalRef(TransactionDialog.MANUAL_SOURCE, reference).orElseThrow();
        assertThat(stored.customerId()).isEqualTo(customer.id());
        assertThat(stored.kind()).isEqualTo(TransactionKind.PURCHASE);
        assertThat(stored.amount().amount()).isEqualByComparingTo("99.90");
        assertThat(stored.amount().currency()).isEqualTo("USD");
        assertThat(figure("figure-transactions")).isEqualTo("1");
        assertThat(figure("figure-revenue")).isEqualTo("$99.90");
        assertThat(_getFormatted(timeline(), 0, "detail")).isEqualTo("$99.90");
    }

    @Test
    void personsHaveNoContactsTab() {
        Customer customer = kernel.customers.create(person("Jane", unique("NoContacts")), ui.actor());

        open(customer);

        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly("Timeline", "Details", "Tasks", "Documents");
    }

    @Test
    void organisationsListTheContactPersonsAdded() {
        Customer customer = kernel.customers.create(organisation(unique("Org")), ui.actor());
        open(customer);

        Tab contactsTab = _get(Tab.class, spec -> spec.withPredicate(tab -> tab.getLabel().equals("Contacts")));
        _get(TabSheet.class).setSelectedTab(contactsTab);
        _click(button("add-contact"));
        _setValue(textField("contact-first-name"), "Maria");
        _setValue(textField("contact-last-name"), "Contact");
        _click(button("contact-save"));

        _assertNone(Dialog.class, spec -> spec.withId("contact-dialog"));
        @SuppressWarnings("unchecked")
        Grid<ContactPerson> contacts = _get(Grid.class, spec -> spec.withId("contacts"));
        assertThat(_findAll(contacts)).extracting(ContactPerson::displayName).containsExactly("Maria Contact");
        assertThat(kernel.customers.contacts(customer.id())).extracting(ContactPerson::displayName)
                .containsExactly("Maria Contact");
    }

    @Test
    void openingAPersonAfterAnOrganisationsContactsShowsTheTimeline() {
        Customer organisation = kernel.customers.create(organisation(unique("Org")), ui.actor());
        Customer person = kernel.customers.create(person("Jane", unique("AfterOrg")), ui.actor());
        open(organisation);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withPredicate(tab -> tab.getLabel().equals("Contacts"))));

        open(person);

        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Timeline");
        _assertNone(Button.class, spec -> spec.withId("add-contact"));
    }

    @Test
    void anUnknownCustomerShowsTheRecordNotFoundView() {
        ui.open("customers/" + (Long.MAX_VALUE - 1));

        _get(RecordNotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Not found");
    }

    @Test
    void anIdTooLongForANumberShowsTheRecordNotFoundViewToo() {
        ui.open("customers/99999999999999999999");

        _get(RecordNotFoundView.class);
    }

    @Test
    void pluginsAddKeyFactsToTheHeaderAndEntriesToTheTimelineAndAFailingPluginIsNamed() {
        Customer customer = kernel.customers.create(person("Jane", unique("Contributions")), ui.actor());
        log(customer, "First call", daysAgo(20));
        ui.customer360().addFacts("retention", (info, locale) -> List.of(new CustomerFact("Churn risk", "High",
                CustomerFact.Tone.BAD, "No purchase for 14 months")));
        ui.customer360().addFacts("broken", (info, locale) -> {
            throw new IllegalStateException("broken on purpose");
        });
        ui.customer360().addTimeline("service", (customerId, before, limit, locale) -> before != null ? List.of()
                : List.of(new TimelineItem(42, daysAgo(3), "Service request", "Printer jams: opened", "High priority",
                        null, "service/requests/42")));

        open(customer);

        Div fact = _get(Div.class, spec -> spec.withId("fact-retention-0"));
        assertThat(figure("fact-retention-0")).isEqualTo("High");
        assertThat(fact.getElement().getAttribute("title")).isEqualTo("No purchase for 14 months");
        assertThat(_get(Span.class, spec -> spec.withId("facts-missing")).getText()).contains("broken");
        assertThat(_findAll(timeline())).extracting(TimelineEntry::occurredAt).containsExactly(daysAgo(3), daysAgo(20));
        assertThat(cellText(0, "what")).isEqualTo("Service request");
        assertThat(_getFormatted(timeline(), 0, "subject")).isEqualTo("Printer jams: opened");
        assertThat(_getFormatted(timeline(), 0, "detail")).isEqualTo("High priority");
        _assertNone(Span.class, spec -> spec.withId("timeline-missing"));
    }

    @Test
    void aPluginsChangeOutsideTheViewRedrawsItsFactsAndTabsKeepingTheChosenTab() {
        Customer customer = kernel.customers.create(person("Jane", unique("Refresh")), ui.actor());
        java.util.concurrent.atomic.AtomicReference<String> risk = new java.util.concurrent.atomic.AtomicReference<>("Low");
        ui.customer360().addFacts("retention", (info, locale) -> List.of(CustomerFact.of("Churn risk", risk.get())));
        ui.pluginTabs().add("retention", new dev.rapport.sdk.extension.CustomerTab() {
            @Override
            public String labelKey() {
                return "customer360.details";
            }

            @Override
            public Component createContent(dev.rapport.sdk.customer.CustomerInfo info) {
                return new Span("Risk " + risk.get());
            }
        });
        open(customer);
        TabSheet sheet = _get(TabSheet.class, spec -> spec.withId("customer-tabs"));
        sheet.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-retention-0")));
        assertThat(figure("fact-retention-0")).isEqualTo("Low");

        risk.set("High");
        ui.openCustomerViews().refresh(customer.id());
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);

        assertThat(figure("fact-retention-0")).isEqualTo("High");
        assertThat(sheet.getSelectedTab().getId()).contains("tab-retention-0");
        assertThat(((Span) sheet.getComponent(sheet.getSelectedTab())).getText()).isEqualTo("Risk High");
    }

    private void open(Customer customer) {
        ui.open("customers/" + customer.id());
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private void record(Customer customer, TransactionKind kind, String amount, Instant at) {
        kernel.transactions.record(new TransactionDraft(customer.id(), kind, new BigDecimal(amount), "USD", null, at,
                "test", null), ui.actor());
    }

    private Interaction log(Customer customer, String subject, Instant at) {
        return kernel.interactions.log(new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND,
                subject, null, Outcome.COMPLETED, at, "kernel"), ui.actor());
    }

    /** The value shown in the key figure card {@code id}. */
    private static String figure(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Span.class, spec -> spec.withClasses("figure-value")).getText();
    }

    private static String cellText(int row, String columnKey) {
        return BasicUtilsKt.get_textRecursively(_getCellComponent(timeline(), row, columnKey)).strip();
    }

    private static TimelineGrid timeline() {
        return _get(TimelineGrid.class, spec -> spec.withId("timeline"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
