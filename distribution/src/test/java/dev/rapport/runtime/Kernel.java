package dev.rapport.runtime;

import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Kernel data for the plugin runtime tests, made through the platform's own services as the UI makes it. */
final class Kernel {

    private static final Table<?> ANT_NOTE = DSL.table(DSL.name("ant_note"));
    private static final Field<Long> NOTE_CUSTOMER = DSL.field(DSL.name("customer_id"), Long.class);
    private static final Field<String> NOTE_BODY = DSL.field(DSL.name("body"), String.class);
    private static final Field<Boolean> NOTE_PINNED = DSL.field(DSL.name("pinned"), Boolean.class);
    private static final Field<LocalDateTime> NOTE_CREATED_AT = DSL.field(DSL.name("created_at"), LocalDateTime.class);

    private Kernel() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static User newUser(TestPlatform platform) {
        String name = unique("owner");
        return platform.service(UserAdministration.class).create(new UserAdministration.UserDraft(name, "Owner " + name,
                null, Role.AGENT, Set.of(), true), "runtime-tests-1", false, Actor.SYSTEM);
    }

    /** A new administrator, acting. */
    static Actor newAdministrator(TestPlatform platform) {
        String name = unique("admin");
        return Actor.of(platform.service(UserAdministration.class).create(new UserAdministration.UserDraft(name,
                "Admin " + name, null, Role.ADMINISTRATOR, Set.of(), true), "runtime-tests-1", false, Actor.SYSTEM));
    }

    /** A person, owned by {@code ownerId} (or nobody when null), created by the administrator. */
    static Customer newCustomer(TestPlatform platform, Long ownerId) {
        CustomerDraft draft = new CustomerDraft(CustomerKind.PERSON, "Pat", unique("Runtime"), null,
                LifecycleStage.CUSTOMER, ownerId, "en", "USD", "UTC", false, List.of(), List.of(), List.of(), Set.of(), null);
        return platform.service(CustomerService.class).create(draft, Actor.SYSTEM);
    }

    /** Logs an outbound phone call with {@code outcome}, as a user would in the 360° view. */
    static void logCall(TestPlatform platform, long customerId, Outcome outcome) {
        platform.service(InteractionService.class).log(new InteractionDraft(customerId, null, Channel.PHONE,
                Direction.OUTBOUND, "Call about " + outcome, null, outcome, Instant.now(), "kernel"),
                Actor.SYSTEM);
    }

    /**
     * Writes a note straight into the account-notes plugin's table, as its repository would (the plugin's
     * classes are not on the tests' class path): data the plugin must keep whatever happens to the plugin.
     */
    static void insertNote(TestPlatform platform, long customerId, String body) {
        platform.service(Database.class).dsl().insertInto(ANT_NOTE)
                .columns(NOTE_CUSTOMER, NOTE_BODY, NOTE_PINNED, NOTE_CREATED_AT)
                .values(customerId, body, false, LocalDateTime.now(ZoneOffset.UTC)).execute();
    }

    /** The bodies of the customer's notes in the account-notes plugin's table, read without the plugin. */
    static List<String> noteBodies(TestPlatform platform, long customerId) {
        return platform.service(Database.class).dsl().select(NOTE_BODY).from(ANT_NOTE)
                .where(NOTE_CUSTOMER.eq(customerId)).orderBy(DSL.field("id")).fetch(NOTE_BODY);
    }

    /** The tables in the application's database, lower case. */
    static Set<String> tables(TestPlatform platform) {
        return new SchemaMigrator(platform.service(Database.class).dataSource()).tables();
    }
}
