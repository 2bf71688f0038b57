package dev.rapport.plugin.service.intake;

import static dev.rapport.plugin.service.db.Tables.SVC_HANDLED_INTERACTION;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;

import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueRepository;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.ServiceSettings;
import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ContactInfo;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewContact;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Opens a service request from the website's form, as the system. The sender is matched by email address with the
 * kernel's customers (and, for an organisation, with its contact persons); someone unknown becomes a new prospect
 * (an organisation with them as its contact when they name a company, a person otherwise), tagged {@code website}.
 * Their message is logged as an inbound web interaction on the customer's timeline and linked to the request, in
 * the same transaction as the request and the new customer: a refused post stores nothing. The request goes to the
 * queue chosen in the plugin's settings (the first queue when none is) with the chosen category when the visitor
 * names none. The message is marked as
 * handled, so it does not also count as the customer's reply to their other requests.
 *
 * <p>Beside the platform's limit per IP address, one email address can open at most {@link #PER_ADDRESS_PER_HOUR}
 * requests an hour through the form: someone else's address cannot be used to flood the queue in their name.
 */
public final class WebRequestIntake {

    public static final int PER_ADDRESS_PER_HOUR = 5;
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final String TAG = "website";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final PluginContext context;
    private final RequestService requests;
    private final ServiceSettings settings;
    private final Clock clock;

    public WebRequestIntake(PluginContext context, RequestService requests, ServiceSettings settings, Clock clock) {
        this.context = context;
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the form sent; null or blank where a field was left empty. */
    public record WebRequest(String email, String firstName, String lastName, String company, String subject,
                             String message, String category, String productCode, String language) {
    }

    /** How a post ended: a request was opened, or the address has opened too many this hour. */
    public sealed interface Outcome permits Opened, TooMany {
    }

    public record Opened(long requestId, long customerId, boolean newCustomer) implements Outcome {
    }

    public record TooMany() implements Outcome {
    }

    /**
     * Checks the post and opens its request.
     *
     * @throws ValidationException naming the form's fields ({@code email}, {@code last_name}, {@code subject},
     *         {@code message}, {@code category}, {@code product}, ...) when something is missing or not valid
     */
    public Outcome submit(WebRequest form) {
        Long productId = validate(form);
        String email = form.email().strip();
        Optional<CustomerInfo> known = context.customers().findByEmailOrPhone(email, null, 1).stream().findFirst();
        if (known.isEmpty() && blank(form.lastName())) {
            throw new ValidationException(List.of(FieldError.of("last_name", "service.webForm.nameForNewCustomer")));
        }
        if (known.isPresent() && openedThisHour(known.get().id()) >= PER_ADDRESS_PER_HOUR) {
            return new TooMany();
        }
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = clock.instant();
            CustomerInfo customer = known.orElseGet(() -> context.customerEditor().create(tx, newCustomer(tx, form)));
            Long contactId = known.flatMap(found -> contactWith(found, email)).orElse(null);
            InteractionInfo message = context.interactions().append(tx, new NewInteraction(customer.id(), contactId,
                    Channel.WEB, Direction.INBOUND, form.subject().strip(), form.message().strip(),
                    dev.rapport.sdk.interaction.Outcome.COMPLETED, now));
            tx.insertInto(SVC_HANDLED_INTERACTION).set(SVC_HANDLED_INTERACTION.INTERACTION_ID, message.id())
                    .set(SVC_HANDLED_INTERACTION.HANDLED_AT, Times.stored(now)).execute();
            String category = blank(form.category()) ? settings.webFormCategory().orElse(null) : form.category().strip();
            long requestId = requests.openAsSystem(tx, new RequestDraft(customer.id(), contactId, chosenQueue(tx),
                    form.subject().strip(), form.message().strip(), Channel.WEB, category, Priority.NORMAL, productId,
                    message.id()));
            return new Opened(requestId, customer.id(), known.isEmpty());
        });
    }

    /**
     * The queue the administrator chose for the form (null: the first queue). Should it have been renamed or
     * deleted since, the post still opens its request in the first queue, and the log says why.
     */
    private Long chosenQueue(DSLContext tx) {
        Optional<String> name = settings.webFormQueue();
        if (name.isEmpty()) {
            return null;
        }
        Optional<Queue> queue = new QueueRepository(tx).byName(name.get());
        if (queue.isEmpty()) {
            context.logger().warn("The website form's queue '{}' no longer exists; its request goes to the first queue",
                    name.get());
        }
        return queue.map(Queue::id).orElse(null);
    }

    /** The product's id for the form's product code (null when none was given). */
    private Long validate(WebRequest form) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(form.email())) {
            errors.add(FieldError.of("email", "service.validation.required"));
        } else if (form.email().strip().length() > MAX_EMAIL || !EMAIL.matcher(form.email().strip()).matches()) {
            errors.add(FieldError.of("email", "service.webForm.email"));
        }
        tooLong(errors, "first_name", form.firstName(), MAX_NAME);
        tooLong(errors, "last_name", form.lastName(), MAX_NAME);
        tooLong(errors, "company", form.company(), MAX_NAME * 2);
        if (blank(form.subject())) {
            errors.add(FieldError.of("subject", "service.validation.required"));
        }
        tooLong(errors, "subject", form.subject(), RequestService.MAX_SUBJECT);
        if (blank(form.message())) {
            errors.add(FieldError.of("message", "service.validation.required"));
        }
        tooLong(errors, "message", form.message(), RequestService.MAX_TEXT);
        tooLong(errors, "category", form.category(), RequestService.MAX_CATEGORY);
        Long productId = null;
        if (!blank(form.productCode())) {
            productId = context.customers().products().stream()
                    .filter(product -> product.code().equalsIgnoreCase(form.productCode().strip()))
                    .map(ProductInfo::id).findFirst().orElse(null);
            if (productId == null) {
                errors.add(FieldError.of("product", "service.webForm.product", form.productCode().strip()));
            }
        }
        ValidationException.throwIfAny(errors);
        return productId;
    }

    private int openedThisHour(long customerId) {
        Instant since = clock.instant().minus(Duration.ofHours(1));
        return context.dsl().fetchCount(SVC_REQUEST, SVC_REQUEST.CUSTOMER_ID.eq(customerId),
                SVC_REQUEST.OPENED_AT.ge(Times.stored(since)), SVC_REQUEST.CHANNEL.eq(Channel.WEB.name()));
    }

    private Optional<Long> contactWith(CustomerInfo customer, String email) {
        if (customer.kind() != CustomerKind.ORGANISATION) {
            return Optional.empty();
        }
        return context.customers().contacts(customer.id()).stream()
                .filter(contact -> contact.active() && email.equalsIgnoreCase(contact.email()))
                .map(ContactInfo::id).findFirst();
    }

    private NewCustomer newCustomer(DSLContext tx, WebRequest form) {
        String currency = new QueueRepository(tx).all().stream().findFirst().map(Queue::currency).orElse("EUR");
        String language = "de".equals(form.language()) ? "de" : "en";
        String email = form.email().strip();
        String notes = context.i18n().get(Locale.ENGLISH, "service.webForm.customerNote");
        if (!blank(form.company())) {
            return new NewCustomer(CustomerKind.ORGANISATION, null, null, form.company().strip(), LifecycleStage.PROSPECT,
                    null, language, currency, settings.defaultZone().getId(), false, List.of(email), List.of(),
                    List.of(), Set.of(TAG), notes, List.of(new NewContact(blankToNull(form.firstName()),
                    form.lastName().strip(), null, email, null)));
        }
        return new NewCustomer(CustomerKind.PERSON, blankToNull(form.firstName()), form.lastName().strip(), null,
                LifecycleStage.PROSPECT, null, language, currency, settings.defaultZone().getId(), false,
                List.of(email), List.of(), List.of(), Set.of(TAG), notes, List.of());
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(FieldError.of(field, "service.validation.tooLong", max));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
