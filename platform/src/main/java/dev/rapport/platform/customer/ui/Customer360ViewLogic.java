package dev.rapport.platform.customer.ui;

import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.platform.home.RecentCustomers;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;

/** What the 360° view does: load a customer, log and correct interactions, record transactions, manage contacts. */
final class Customer360ViewLogic {

    private static final Logger LOG = LoggerFactory.getLogger(Customer360ViewLogic.class);

    private final Customer360View view;
    private final CustomerService customers;
    private final InteractionService interactions;
    private final TimelineService timeline;
    private final TransactionService transactions;
    private final CustomerMerger merger;
    private final RecentCustomers recentCustomers;
    private Customer customer;
    private Actor actor;

    Customer360ViewLogic(Customer360View view, CustomerService customers, InteractionService interactions,
                         TimelineService timeline, TransactionService transactions, CustomerMerger merger,
                         RecentCustomers recentCustomers) {
        this.merger = merger;
        this.recentCustomers = recentCustomers;
        this.view = view;
        this.customers = customers;
        this.interactions = interactions;
        this.timeline = timeline;
        this.transactions = transactions;
    }

    void enter(long customerId, Actor actor) {
        this.actor = actor;
        this.customer = customers.get(customerId);
        view.show(customer, timeline.keyFigures(customerId));
        view.showContacts(contacts());
        rememberOpened();
    }

    /** For the home page's recent customers; a failure to note it must not cost the user the customer's view. */
    private void rememberOpened() {
        try {
            recentCustomers.opened(actor.userId(), customer.id());
        } catch (DataAccessException e) {
            LOG.warn("Could not note that user {} opened customer {}", actor.userId(), customer.id(), e);
        }
    }

    private List<ContactPerson> contacts() {
        return customer.kind() == CustomerKind.ORGANISATION ? customers.contacts(customer.id()) : List.of();
    }

    void startLogging() {
        view.openInteractionDialog(null, contacts());
    }

    void startCorrection(Interaction original) {
        view.openInteractionDialog(original, contacts());
    }

    void startRecordingTransaction() {
        view.openTransactionDialog();
    }

    /** Logs {@code draft} (as the correction of {@code correctsId} if not null); the problems, or none when stored. */
    List<FieldError> saveInteraction(InteractionDraft draft, Long correctsId) {
        return attempt(() -> correctsId == null
                ? interactions.log(draft, actor)
                : interactions.correct(correctsId, draft, actor));
    }

    List<FieldError> saveTransaction(TransactionDraft draft) {
        return attempt(() -> transactions.record(draft, actor));
    }

    List<FieldError> addContact(ContactPersonDraft draft) {
        try {
            customers.addContact(customer.id(), draft, actor);
            view.showContacts(contacts());
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    void setContactActive(ContactPerson contact, boolean active) {
        customers.setContactActive(contact.id(), active, actor);
        view.showContacts(contacts());
    }

    /** Merges the chosen duplicate into the customer shown, then shows the merged result. */
    void merge(CustomerSummary duplicate) {
        try {
            merger.merge(customer.id(), duplicate.id(), actor);
            Notifications.success(view.getTranslation("merge.done", duplicate.displayName()));
            enter(customer.id(), actor);
        } catch (ValidationException e) {
            Notifications.error(view.getTranslation(e.errors().getFirst().messageKey()));
        }
    }

    /** Something outside this view's own dialogs changed the customer's history (e.g. a completed task logged a call). */
    void historyChanged() {
        view.refreshHistory(timeline.keyFigures(customer.id()));
    }

    private List<FieldError> attempt(Supplier<?> write) {
        try {
            write.get();
            view.refreshHistory(timeline.keyFigures(customer.id()));
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }
}
