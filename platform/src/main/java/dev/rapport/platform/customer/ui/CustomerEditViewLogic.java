package dev.rapport.platform.customer.ui;

import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.platform.web.Formats;
import java.util.List;
import java.util.Set;

/** What the customer edit view does: load, save (create or update with optimistic locking), reload, cancel. */
final class CustomerEditViewLogic {

    private final CustomerEditView view;
    private final CustomerService customers;
    private final RapportConfig config;
    private Actor actor;
    private Long customerId;
    private int version;

    CustomerEditViewLogic(CustomerEditView view, CustomerService customers, RapportConfig config) {
        this.view = view;
        this.customers = customers;
        this.config = config;
    }

    void enter(Long id, Actor actor, Formats formats) {
        this.actor = actor;
        this.customerId = id;
        // Refused at opening, so nobody fills in a form that Save would reject.
        if (id == null) {
            Permissions.require(actor, Role.AGENT, "create customers");
            view.showNew(defaults(actor, formats));
        } else {
            Customer customer = customers.get(id);
            Permissions.require(customers.canEdit(customer, actor), actor, "change customer " + id);
            show(customer);
        }
    }

    /** A new customer: a person, a prospect, owned by whoever creates it, in their language and time zone. */
    private CustomerDraft defaults(Actor actor, Formats formats) {
        return new CustomerDraft(CustomerKind.PERSON, "", "", "", LifecycleStage.PROSPECT,
                actor.isSystem() ? null : actor.userId(), formats.locale().getLanguage(),
                config.get("customer.default.currency", "USD"), formats.zone().getId(), false,
                List.of(), List.of(), List.of(), Set.of(), "");
    }

    private void show(Customer customer) {
        version = customer.version();
        view.showExisting(customer);
    }

    void save(CustomerDraft draft) {
        try {
            Customer saved = customerId == null
                    ? customers.create(draft, actor)
                    : customers.update(customerId, version, draft, actor).customer();
            view.saved(saved);
        } catch (ValidationException e) {
            view.showErrors(e.errors());
        } catch (ConcurrentEditException e) {
            view.showConflict(e);
        }
    }

    /** Shows the stored customer again, discarding the user's edits (after a conflict). */
    void reload() {
        show(customers.get(customerId));
    }

    void cancel() {
        view.leave(customerId);
    }
}
