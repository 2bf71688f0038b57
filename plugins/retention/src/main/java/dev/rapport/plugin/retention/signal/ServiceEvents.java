package dev.rapport.plugin.retention.signal;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the events of the service and field service plugins by their type name and record components, without
 * depending on their classes: {@code RequestOpened}, {@code RequestResolved} and {@code ServiceCostRecorded} (or any
 * event named {@code *CostRecorded} with a customer, an amount and a currency). When neither plugin is installed no
 * such event comes, and cost to serve stays "not available".
 */
public final class ServiceEvents {

    private final SignalRepository signals;
    private final CurrencyConverter money;

    public ServiceEvents(SignalRepository signals, CurrencyConverter money) {
        this.signals = signals;
        this.money = money;
    }

    /** Whether {@code event} is one this class reads. */
    public static boolean isServiceEvent(EventMetadata metadata) {
        String name = simpleName(metadata.type());
        return name.equals("RequestOpened") || name.equals("RequestResolved") || name.endsWith("CostRecorded");
    }

    /** Records what {@code event} says; returns the customer it concerns, if any. */
    public Optional<Long> handle(DomainEvent event, EventMetadata metadata) {
        Long customerId = component(event, "customerId", Long.class);
        if (customerId == null) {
            return Optional.empty();
        }
        String source = metadata.source();
        String name = simpleName(metadata.type());
        if (name.equals("RequestOpened")) {
            String category = component(event, "category", String.class);
            boolean complaint = category != null && category.toLowerCase(Locale.ROOT).contains("complain");
            signals.requestOpened(source, component(event, "requestId", Long.class), customerId, complaint,
                    metadata.publishedAt());
        } else if (name.equals("RequestResolved")) {
            signals.requestResolved(source, component(event, "requestId", Long.class), metadata.publishedAt());
        } else {
            BigDecimal amount = component(event, "amount", BigDecimal.class);
            String currency = component(event, "currency", String.class);
            if (amount == null || currency == null) {
                return Optional.empty();
            }
            LocalDate day = LocalDate.ofInstant(metadata.publishedAt(), ZoneOffset.UTC);
            String reporting = money.reportingCurrency();
            BigDecimal converted = money.convert(new Money(amount, currency), reporting, day) instanceof
                    Conversion.Converted done ? done.money().amount() : null;
            signals.cost(metadata.sequence(), source, customerId, converted, reporting, metadata.publishedAt());
        }
        return Optional.of(customerId);
    }

    private static String simpleName(String type) {
        int cut = Math.max(type.lastIndexOf('.'), Math.max(type.lastIndexOf(':'), type.lastIndexOf('$')));
        return type.substring(cut + 1);
    }

    private static <T> T component(DomainEvent event, String name, Class<T> type) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    Object value = component.getAccessor().invoke(event);
                    if (value instanceof Number number && type == Long.class) {
                        return type.cast(number.longValue());
                    }
                    return type.isInstance(value) ? type.cast(value) : null;
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
