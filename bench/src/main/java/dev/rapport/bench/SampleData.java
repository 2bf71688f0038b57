package dev.rapport.bench;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;

import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Inputs drawn from the generated data (seeded): customers spread over the whole id range, what people type
 * into the search (the start of a name, an address up to its @, the first digits of a number), and the row
 * in the middle of the list sorted by name.
 *
 * @param customerIds existing customers in random order
 * @param middle the customer in the middle of the list by name, the anchor of a deep page
 */
record SampleData(List<Long> customerIds, CustomerSummary middle, List<String> namePrefixes,
                  List<String> emailPrefixes, List<String> phonePrefixes) {

    private static final int NAME_PREFIX = 4;
    private static final int PHONE_PREFIX_DIGITS = 7;

    static SampleData draw(DSLContext dsl, long seed, int size) {
        var range = dsl.select(DSL.min(CUSTOMER.ID), DSL.max(CUSTOMER.ID), DSL.count()).from(CUSTOMER).fetchSingle();
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < size * 2; i++) {
            candidates.add(random.nextLong(range.value1(), range.value2() + 1));
        }
        Set<Long> existing = dsl.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.ID.in(candidates))
                .fetchSet(CUSTOMER.ID);
        List<Long> ids = candidates.stream().distinct().filter(existing::contains).limit(size).toList();
        List<String> names = dsl.select(CUSTOMER.SORT_NAME).from(CUSTOMER).where(CUSTOMER.ID.in(ids))
                .fetch(CUSTOMER.SORT_NAME).stream()
                .map(name -> name.substring(0, Math.min(NAME_PREFIX, name.length()))).toList();
        List<String> emails = dsl.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.in(ids))
                .fetch(CUSTOMER_EMAIL.EMAIL).stream().map(email -> email.substring(0, email.indexOf('@') + 1)).toList();
        List<String> phones = dsl.select(CUSTOMER_PHONE.E164_DIGITS).from(CUSTOMER_PHONE)
                .where(CUSTOMER_PHONE.CUSTOMER_ID.in(ids)).fetch(CUSTOMER_PHONE.E164_DIGITS).stream()
                .map(digits -> "+" + digits.substring(0, Math.min(PHONE_PREFIX_DIGITS, digits.length()))).toList();
        CustomerSummary middle = dsl.select(CUSTOMER.ID, CUSTOMER.KIND, CUSTOMER.DISPLAY_NAME, CUSTOMER.SORT_NAME,
                        CUSTOMER.LIFECYCLE_STAGE, CUSTOMER.OWNER_ID, CUSTOMER.PRIMARY_EMAIL, CUSTOMER.PRIMARY_PHONE,
                        CUSTOMER.CREATED_AT)
                .from(CUSTOMER).orderBy(CUSTOMER.SORT_NAME, CUSTOMER.ID).limit(1).offset(range.value3() / 2)
                .fetchSingle(r -> new CustomerSummary(r.value1(), CustomerKind.valueOf(r.value2()), r.value3(),
                        r.value4(), LifecycleStage.valueOf(r.value5()), r.value6(), r.value7(), r.value8(), r.value9()));
        return new SampleData(shuffled(ids, random), middle, shuffled(names, random), shuffled(emails, random),
                shuffled(phones, random));
    }

    private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy);
    }

    long customer(int iteration) {
        return customerIds.get(iteration % customerIds.size());
    }

    String namePrefix(int iteration) {
        return namePrefixes.get(iteration % namePrefixes.size());
    }

    String emailPrefix(int iteration) {
        return emailPrefixes.get(iteration % emailPrefixes.size());
    }

    String phonePrefix(int iteration) {
        return phonePrefixes.get(iteration % phonePrefixes.size());
    }
}
