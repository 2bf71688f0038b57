package dev.rapport.platform.demo;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.demo.DemoProducts.Billing;
import dev.rapport.platform.demo.DemoProducts.Stored;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The stored demo products, by what a person or an organisation can buy once or subscribe to. */
final class DemoCatalogue {

    private final int size;
    private final Map<CustomerKind, List<Stored>> oneOff = new EnumMap<>(CustomerKind.class);
    private final Map<CustomerKind, List<Stored>> recurring = new EnumMap<>(CustomerKind.class);

    DemoCatalogue(List<Stored> products) {
        this.size = products.size();
        for (CustomerKind kind : CustomerKind.values()) {
            oneOff.put(kind, matching(products, kind, Billing.ONE_OFF));
            recurring.put(kind, matching(products, kind, Billing.RECURRING));
        }
    }

    int size() {
        return size;
    }

    /** Products {@code kind} customers buy with a single purchase. */
    List<Stored> oneOff(CustomerKind kind) {
        return oneOff.get(kind);
    }

    /** Products {@code kind} customers subscribe to. */
    List<Stored> recurring(CustomerKind kind) {
        return recurring.get(kind);
    }

    private static List<Stored> matching(List<Stored> products, CustomerKind kind, Billing billing) {
        return products.stream()
                .filter(p -> p.entry().billing() == billing && p.entry().buyer().includes(kind)).toList();
    }
}
