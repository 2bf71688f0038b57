package dev.rapport.platform.demo;

import static dev.rapport.platform.demo.DemoProducts.Billing.ONE_OFF;
import static dev.rapport.platform.demo.DemoProducts.Billing.RECURRING;
import static dev.rapport.platform.demo.DemoProducts.Buyer.ANYONE;
import static dev.rapport.platform.demo.DemoProducts.Buyer.ORGANISATION;
import static dev.rapport.platform.demo.DemoProducts.Buyer.PERSON;
import static dev.rapport.platform.internal.db.Tables.PRODUCT;

import dev.rapport.sdk.customer.CustomerKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The demo company's catalogue: a universal provider (banking, insurance, software, hardware) so that every
 * plugin finds something to work with. Prices are in euros; transactions convert them to the customer's currency.
 */
final class DemoProducts {

    static final String CURRENCY = "EUR";

    /** Who buys a product. */
    enum Buyer {
        PERSON, ORGANISATION, ANYONE;

        boolean includes(CustomerKind kind) {
            return this == ANYONE || name().equals(kind.name());
        }
    }

    /** Whether a product is bought once (a purchase) or runs until cancelled (a subscription). */
    enum Billing {
        ONE_OFF, RECURRING
    }

    record Entry(String code, String name, String family, BigDecimal price, BigDecimal cost, Buyer buyer,
                 Billing billing) {
    }

    /** A catalogue entry with its id in the product table. */
    record Stored(long id, Entry entry) {
    }

    static final List<Entry> CATALOGUE = List.of(
            entry("ACC-CUR", "Everyday Current Account", "Accounts", "82.80", "25.20", PERSON, RECURRING),
            entry("ACC-SAV", "Savings Account Plus", "Accounts", "48.00", "14.40", PERSON, RECURRING),
            entry("ACC-BIZ", "Business Account", "Accounts", "228.00", "78.00", ORGANISATION, RECURRING),
            entry("CRD-CLS", "Classic Credit Card", "Cards", "39.00", "12.00", PERSON, ONE_OFF),
            entry("CRD-GLD", "Gold Credit Card", "Cards", "129.00", "45.00", PERSON, ONE_OFF),
            entry("CRD-CRP", "Corporate Card", "Cards", "99.00", "31.00", ORGANISATION, ONE_OFF),
            entry("INV-FND", "Global Equity Fund", "Investments", "2500.00", "60.00", PERSON, ONE_OFF),
            entry("INV-ETF", "ETF Savings Plan", "Investments", "1200.00", "25.00", PERSON, RECURRING),
            entry("INV-ADV", "Managed Portfolio Advisory", "Investments", "1200.00", "480.00", ANYONE, RECURRING),
            entry("INS-HOM", "Home Contents Insurance", "Insurance", "180.00", "110.00", PERSON, RECURRING),
            entry("INS-TRV", "Annual Travel Insurance", "Insurance", "89.00", "48.00", PERSON, ONE_OFF),
            entry("INS-LIA", "Business Liability Insurance", "Insurance", "1450.00", "990.00", ORGANISATION, RECURRING),
            entry("SWL-STD", "Office Suite Standard Licence", "Software Licences", "299.00", "40.00", ANYONE, ONE_OFF),
            entry("SWL-PRO", "Office Suite Professional Licence", "Software Licences", "599.00", "75.00", ORGANISATION, ONE_OFF),
            entry("SWL-ANA", "Enterprise Analytics Suite", "Software Licences", "4800.00", "900.00", ORGANISATION, ONE_OFF),
            entry("SUP-BAS", "Basic Support Plan", "Support Plans", "240.00", "120.00", ANYONE, RECURRING),
            entry("SUP-PRM", "Premium Support Plan", "Support Plans", "960.00", "430.00", ORGANISATION, RECURRING),
            entry("SUP-247", "24/7 Mission-Critical Support", "Support Plans", "3600.00", "1900.00", ORGANISATION, RECURRING),
            entry("HW-LAP", "Business Laptop 14\"", "Hardware", "1290.00", "980.00", ANYONE, ONE_OFF),
            entry("HW-DCK", "Docking Station", "Hardware", "219.00", "140.00", ANYONE, ONE_OFF),
            entry("HW-MON", "Monitor 27\"", "Hardware", "349.00", "250.00", ANYONE, ONE_OFF),
            entry("HW-SRV", "Rack Server 1U", "Hardware", "5400.00", "4100.00", ORGANISATION, ONE_OFF));

    private static final Duration CATALOGUE_AGE = Duration.ofDays(6 * 365);

    private DemoProducts() {
    }

    private static Entry entry(String code, String name, String family, String price, String cost, Buyer buyer,
                               Billing billing) {
        return new Entry(code, name, family, new BigDecimal(price), new BigDecimal(cost), buyer, billing);
    }

    /** Inserts the entries whose code is not in the catalogue yet; products with the same code are reused. */
    static DemoCatalogue ensure(DSLContext dsl, Instant now) {
        Map<String, Long> existing = dsl.select(PRODUCT.CODE, PRODUCT.ID).from(PRODUCT)
                .where(PRODUCT.CODE.in(CATALOGUE.stream().map(Entry::code).toList()))
                .fetchMap(PRODUCT.CODE, PRODUCT.ID);
        List<Stored> stored = CATALOGUE.stream().map(entry -> {
            Long id = existing.get(entry.code());
            if (id == null) {
                id = dsl.insertInto(PRODUCT)
                        .set(PRODUCT.CODE, entry.code())
                        .set(PRODUCT.NAME, entry.name())
                        .set(PRODUCT.FAMILY, entry.family())
                        .set(PRODUCT.PRICE, entry.price())
                        .set(PRODUCT.COST, entry.cost())
                        .set(PRODUCT.CURRENCY, CURRENCY)
                        .set(PRODUCT.ACTIVE, true)
                        .set(PRODUCT.CREATED_AT, now.minus(CATALOGUE_AGE))
                        .returningResult(PRODUCT.ID).fetchOne().value1();
            }
            return new Stored(id, entry);
        }).toList();
        return new DemoCatalogue(stored);
    }
}
