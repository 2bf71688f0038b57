package dev.rapport.plugin.retention.signal;

import dev.rapport.plugin.retention.contract.AgreementTerm;
import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the events of the service and field service plugins by their type name and fields, without depending on
 * their classes: requests opened and resolved, the cost of the working time logged on them, the parts a field
 * visit used, and customers' service agreements (for contract ends). When neither plugin is installed no such event comes, and cost to serve stays "not available".
 */
public final class ServiceEvents {

    static final String REQUEST_OPENED = "service.RequestOpened";
    static final String REQUEST_RESOLVED = "service.RequestResolved";
    static final String SERVICE_COST = "service.ServiceCostRecorded";
    static final String VISIT_COMPLETED = "field-service.WorkOrderCompleted";
    static final String AGREEMENT_CHANGED = "service.AgreementChanged";
    static final String CANCELLED = "CANCELLED";

    /** The event types read here. */
    public static final Set<String> TYPES = Set.of(REQUEST_OPENED, REQUEST_RESOLVED, SERVICE_COST, VISIT_COMPLETED,
            AGREEMENT_CHANGED);

    private final SignalRepository signals;
    private final ContractRepository contracts;
    private final CurrencyConverter money;

    public ServiceEvents(SignalRepository signals, ContractRepository contracts, CurrencyConverter money) {
        this.signals = signals;
        this.contracts = contracts;
        this.money = money;
    }

    /** Records what {@code event} says; returns the customer it concerns, if any. */
    public Optional<Long> handle(EventPayload event, EventMetadata metadata) {
        Optional<Long> customer = event.customerId();
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        long customerId = customer.get();
        String source = event.source();
        switch (event.type()) {
            case REQUEST_OPENED -> {
                boolean complaint = event.text("category")
                        .map(category -> category.toLowerCase(Locale.ROOT).contains("complain")).orElse(false);
                signals.requestOpened(source, event.whole("requestId").orElseThrow(), customerId, complaint,
                        metadata.publishedAt());
            }
            case REQUEST_RESOLVED -> signals.requestResolved(source, event.whole("requestId").orElseThrow(),
                    metadata.publishedAt());
            case SERVICE_COST -> cost(event, "amount", customerId, metadata);
            case VISIT_COMPLETED -> cost(event, "partsCost", customerId, metadata);
            case AGREEMENT_CHANGED -> agreement(event, customerId, metadata);
            default -> {
                return Optional.empty();
            }
        }
        return customer;
    }

    /** Keeps the agreement's newest version; a cancellation ends it on the day it was published. */
    private void agreement(EventPayload event, long customerId, EventMetadata metadata) {
        boolean cancelled = event.text("status").filter(CANCELLED::equals).isPresent();
        LocalDate cancelledOn = cancelled ? LocalDate.ofInstant(metadata.publishedAt(), ZoneOffset.UTC) : null;
        contracts.record(event.source(), new AgreementTerm(event.whole("agreementId").orElseThrow(), customerId,
                event.text("name").orElse(""), event.date("validFrom").orElseThrow(),
                event.date("validUntil").orElse(null), cancelledOn), event.whole("version").orElseThrow().intValue());
    }

    /** Stores the cost in the reporting currency, once per event however often it is delivered. */
    private void cost(EventPayload event, String amountField, long customerId, EventMetadata metadata) {
        Optional<BigDecimal> amount = event.decimal(amountField);
        Optional<String> currency = event.text("currency");
        if (amount.isEmpty() || currency.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(metadata.publishedAt(), ZoneOffset.UTC);
        String reporting = money.reportingCurrency();
        BigDecimal converted = money.convert(new Money(amount.get(), currency.get()), reporting, day) instanceof
                Conversion.Converted done ? done.money().amount() : null;
        signals.cost(metadata.sequence(), event.source(), customerId, converted, reporting, metadata.publishedAt());
    }
}
