package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.PLUGIN_DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.USER_DEPARTMENT;

import dev.rapport.platform.user.PasswordHasher;
import dev.rapport.sdk.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Sign-in accounts for the demo: every role in every department, all with the password {@value #PASSWORD}
 * (README.md lists them). Only an embedded demo installation gets these; a production database gets a one-time
 * set-up link instead.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "rapport-demo";

    /** A demo account: username, role and department codes. */
    public record Account(String username, String displayName, Role role, List<String> departments) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Administrator", Role.ADMINISTRATOR, List.of("management")),
            new Account("anna.schmidt", "Anna Schmidt", Role.MANAGER, List.of("sales")),
            new Account("james.miller", "James Miller", Role.AGENT, List.of("sales")),
            new Account("lucia.garcia", "Lucía García", Role.AGENT, List.of("sales", "marketing")),
            new Account("noah.keller", "Noah Keller", Role.READ_ONLY, List.of("sales")),
            new Account("sophie.martin", "Sophie Martin", Role.MANAGER, List.of("marketing")),
            new Account("lukas.meier", "Lukas Meier", Role.MANAGER, List.of("service")),
            new Account("emma.johnson", "Emma Johnson", Role.AGENT, List.of("service")),
            new Account("olivia.brown", "Olivia Brown", Role.AGENT, List.of("service")),
            new Account("thomas.huber", "Thomas Huber", Role.MANAGER, List.of("field")),
            new Account("marco.rossi", "Marco Rossi", Role.AGENT, List.of("field")),
            new Account("daan.devries", "Daan de Vries", Role.AGENT, List.of("field")),
            new Account("elin.lindqvist", "Elin Lindqvist", Role.READ_ONLY, List.of("management")));

    /**
     * The departments that use the shipped plugins in the demo: account notes for Customer Service and Management
     * (not Sales), acquisition (leads and campaigns) for Sales and Marketing, customer service (requests, queues,
     * SLAs) for Customer Service and Management, field service (work orders, dispatch, parts) for Field Operations and
     * Management, retention (RFM classes, value, churn risk, customers to let go) for Management, Sales and Marketing,
     * cross-sell and up-sell (triggers, offers, the pipeline) for Sales and Marketing, the balanced scorecard for every
     * department.
     */
    public static final Map<String, List<String>> MODULES = Map.of(
            "account-notes", List.of("service", "management"),
            "acquisition", List.of("sales", "marketing"),
            "service", List.of("service", "management"),
            "field-service", List.of("field", "management"),
            "retention", List.of("management", "sales", "marketing"),
            "upsell", List.of("sales", "marketing"),
            "scorecard", List.of("sales", "marketing", "service", "field", "management"));

    private DemoAccounts() {
    }

    /** The demo account of {@code username}. */
    static Account account(String username) {
        return ACCOUNTS.stream().filter(account -> account.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo account " + username));
    }

    /** Gives the demo staff (and an administrator) roles, departments and the demo password. */
    public static void setUp(DSLContext dsl, PasswordHasher hasher, Instant now) {
        Map<String, Long> departments = dsl.select(DEPARTMENT.CODE, DEPARTMENT.ID).from(DEPARTMENT)
                .fetchMap(DEPARTMENT.CODE, DEPARTMENT.ID);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            for (Account account : ACCOUNTS) {
                Long id = tx.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(account.username()))
                        .fetchOptional(APP_USER.ID).orElseGet(() -> tx.insertInto(APP_USER)
                                .set(APP_USER.USERNAME, account.username())
                                .set(APP_USER.DISPLAY_NAME, account.displayName())
                                .set(APP_USER.ACTIVE, true)
                                .set(APP_USER.CREATED_AT, now)
                                .returningResult(APP_USER.ID).fetchSingle().value1());
                tx.update(APP_USER).set(APP_USER.ROLE, account.role().name())
                        .set(APP_USER.PASSWORD_HASH, hasher.hash(PASSWORD)).set(APP_USER.PASSWORD_CHANGED_AT, now)
                        .where(APP_USER.ID.eq(id)).execute();
                for (String code : account.departments()) {
                    tx.insertInto(USER_DEPARTMENT).set(USER_DEPARTMENT.USER_ID, id)
                            .set(USER_DEPARTMENT.DEPARTMENT_ID, departments.get(code)).onDuplicateKeyIgnore().execute();
                }
            }
            MODULES.forEach((pluginId, codes) -> codes.forEach(code -> tx.insertInto(PLUGIN_DEPARTMENT)
                    .set(PLUGIN_DEPARTMENT.PLUGIN_ID, pluginId).set(PLUGIN_DEPARTMENT.DEPARTMENT_ID, departments.get(code))
                    .onDuplicateKeyIgnore().execute()));
        });
    }
}
