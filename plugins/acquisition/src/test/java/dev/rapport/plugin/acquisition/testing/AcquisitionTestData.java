package dev.rapport.plugin.acquisition.testing;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_ASSIGNMENT_RULE;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_ROUND_ROBIN;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_SCORING_RULE;

import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.testkit.RapportKernel;
import java.util.List;
import java.util.Set;

/**
 * What the acquisition plugin's tests share on top of the test kit: rules are global (each test starts without any
 * scoring or assignment rule unless it makes some), the two products leads show interest in, and customers made as
 * someone would in the web application.
 */
public final class AcquisitionTestData {

    private AcquisitionTestData() {
    }

    /**
     * Removes every scoring and assignment rule (the plugin's starter rules included), the round-robin turns and the
     * settings (e.g. the qualification threshold): each test starts from the plugin's defaults.
     */
    public static void reset(RapportKernel kernel) {
        kernel.clearSettings();
        kernel.dsl().deleteFrom(ACQ_SCORING_RULE).execute();
        kernel.dsl().deleteFrom(ACQ_ASSIGNMENT_RULE).execute();
        kernel.dsl().deleteFrom(ACQ_ROUND_ROBIN).execute();
    }

    /** The savings plan of the kernel's catalogue, made at the first use. */
    public static long savingsPlan(RapportKernel kernel) {
        return product(kernel, "SAVINGS", "Savings plan");
    }

    /** The gold card of the kernel's catalogue, made at the first use. */
    public static long goldCard(RapportKernel kernel) {
        return product(kernel, "CARD-GOLD", "Gold card");
    }

    private static synchronized long product(RapportKernel kernel, String code, String name) {
        return kernel.context().customers().products().stream().filter(product -> product.code().equals(code))
                .findFirst().orElseGet(() -> kernel.createProduct(code, name)).id();
    }

    /** A customer with one email and phone (either may be null), in stage CUSTOMER; English, EUR, UTC. */
    public static CustomerInfo customer(RapportKernel kernel, CustomerKind kind, String name, String email, String phone,
                                        boolean consent, Long ownerId) {
        boolean organisation = kind == CustomerKind.ORGANISATION;
        String[] names = name.split(" ", 2);
        return kernel.createCustomer(new NewCustomer(kind, organisation ? null : names[0],
                organisation ? null : names.length > 1 ? names[1] : names[0], organisation ? name : null,
                LifecycleStage.CUSTOMER, ownerId, "en", "EUR", "UTC", consent,
                email == null ? List.of() : List.of(email), phone == null ? List.of() : List.of(phone), List.of(),
                Set.of(), null, List.of()));
    }
}
