package dev.rapport.bench;

import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.CustomerSummary;
import java.util.List;

/** The customer list (keyset pages by name) and the global search, as the list view and the header call them. */
final class CustomerListOperations {

    /** The list view's page. */
    static final int PAGE = 50;
    /** The global search's hits. */
    static final int SEARCH_HITS = 20;
    /** The goal for list pages and prefix searches at 1M customers. */
    static final LatencyResult.Target TARGET = new LatencyResult.Target(10, 2);

    private static final String FIRST_PAGE = "SELECT " + RawJdbc.SUMMARY_COLUMNS
            + " FROM customer ORDER BY sort_name, id LIMIT " + PAGE;
    private static final String PAGE_AFTER = "SELECT " + RawJdbc.SUMMARY_COLUMNS
            + " FROM customer WHERE sort_name > ? OR (sort_name = ? AND id > ?) ORDER BY sort_name, id LIMIT " + PAGE;
    private static final String BY_NAME = "SELECT * FROM ("
            + "(SELECT " + RawJdbc.SUMMARY_COLUMNS + " FROM customer WHERE sort_name LIKE ? ORDER BY sort_name, id LIMIT ?)"
            + " UNION (SELECT " + RawJdbc.SUMMARY_COLUMNS + " FROM customer WHERE display_name LIKE ?"
            + " ORDER BY display_name, id LIMIT ?)) hits ORDER BY sort_name, id LIMIT ?";
    private static final String BY_EMAIL = "SELECT c.id, c.kind, c.display_name, c.sort_name, c.lifecycle_stage,"
            + " c.owner_id, c.primary_email, c.primary_phone, c.created_at"
            + " FROM (SELECT DISTINCT customer_id FROM customer_email WHERE email LIKE ? LIMIT ?) hits"
            + " JOIN customer c ON c.id = hits.customer_id ORDER BY c.sort_name, c.id";
    private static final String BY_PHONE = "SELECT " + RawJdbc.SUMMARY_COLUMNS + " FROM customer WHERE id IN ("
            + "SELECT customer_id FROM ((SELECT customer_id FROM customer_phone WHERE e164_digits LIKE ? LIMIT ?)"
            + " UNION (SELECT customer_id FROM customer_phone WHERE national_digits LIKE ? LIMIT ?)) hits)"
            + " ORDER BY sort_name, id LIMIT ?";

    private CustomerListOperations() {
    }

    static List<Operation> all(CustomerService customers, RawJdbc raw, SampleData sample) {
        CustomerSummary middle = sample.middle();
        return List.of(
                new Operation("List: first page by name", TARGET,
                        i -> ids(customers.list(CustomerFilter.ALL, CustomerSort.NAME_ASCENDING, null, PAGE)),
                        i -> raw.ids(FIRST_PAGE)),
                new Operation("List: page in the middle by name", TARGET,
                        i -> ids(customers.list(CustomerFilter.ALL, CustomerSort.NAME_ASCENDING, middle, PAGE)),
                        i -> raw.ids(PAGE_AFTER, middle.sortName(), middle.sortName(), middle.id())),
                new Operation("Search: name prefix", TARGET,
                        i -> ids(customers.search(sample.namePrefix(i), SEARCH_HITS)),
                        i -> raw.ids(BY_NAME, like(sample.namePrefix(i)), SEARCH_HITS, like(sample.namePrefix(i)),
                                SEARCH_HITS, SEARCH_HITS)),
                new Operation("Search: email prefix", TARGET,
                        i -> ids(customers.search(sample.emailPrefix(i), SEARCH_HITS)),
                        i -> raw.ids(BY_EMAIL, like(sample.emailPrefix(i)), SEARCH_HITS)),
                new Operation("Search: phone prefix", TARGET,
                        i -> ids(customers.search(sample.phonePrefix(i), SEARCH_HITS)),
                        i -> raw.ids(BY_PHONE, like(digits(sample.phonePrefix(i))), SEARCH_HITS,
                                like(digits(sample.phonePrefix(i))), SEARCH_HITS, SEARCH_HITS)));
    }

    private static List<Long> ids(List<CustomerSummary> page) {
        return page.stream().map(CustomerSummary::id).toList();
    }

    /** The sample's prefixes hold only letters, digits, dots, dashes and @: nothing to escape for LIKE. */
    private static String like(String prefix) {
        return prefix + "%";
    }

    private static String digits(String phonePrefix) {
        return phonePrefix.replaceAll("[^0-9]", "");
    }
}
