package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.APP_USER;

import java.time.Duration;
import java.time.Instant;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The staff of the demo company (each with a demo account, {@link DemoAccounts}): the people of Sales and Customer
 * Service own customers, and everyone who may record interactions records them.
 */
final class DemoStaff {

    /**
     * A member of staff; {@code portfolioWeight} is the member's share of customers relative to the others, so some
     * users (senior account managers) own many customers and others few.
     */
    record Member(String username, String displayName, String locale, String timeZone, double portfolioWeight) {

        String email() {
            return username + "@rapport.example";
        }
    }

    /**
     * Staff as stored, with what the product lets each of them do under their demo account's role and departments.
     *
     * @param userIds every member
     * @param owners who owns how many customers: agents and managers of the departments that keep customer
     *               relationships ({@link #OWNING_DEPARTMENTS})
     * @param workers who may log interactions (agents and up; read-only users may not)
     * @param assigners per owner, the managers who may make them a customer's owner (of a department of theirs)
     */
    record Team(List<Long> userIds, Weighted<Long> owners, List<Long> workers, Map<Long, List<Long>> assigners) {

        long owner(DemoRandom random) {
            return owners.pick(random);
        }

        /** Anyone who may log an interaction. */
        long anyone(DemoRandom random) {
            return random.pick(workers);
        }

        /** Who entered a customer that {@code ownerId} owns: a manager who may assign them, or the owner. */
        long creatorFor(long ownerId, DemoRandom random) {
            List<Long> managers = assigners.getOrDefault(ownerId, List.of());
            return managers.isEmpty() ? ownerId : random.pick(managers);
        }
    }

    /** The departments whose people keep the customer relationships: the demo's customers are owned there. */
    static final Set<String> OWNING_DEPARTMENTS = Set.of("sales", "service");

    static final List<Member> MEMBERS = List.of(
            new Member("anna.schmidt", "Anna Schmidt", "de-DE", "Europe/Berlin", 30),
            new Member("james.miller", "James Miller", "en-US", "America/New_York", 22),
            new Member("sophie.martin", "Sophie Martin", "fr-FR", "Europe/Paris", 16),
            new Member("lukas.meier", "Lukas Meier", "de-CH", "Europe/Zurich", 12),
            new Member("emma.johnson", "Emma Johnson", "en-GB", "Europe/London", 10),
            new Member("marco.rossi", "Marco Rossi", "it-IT", "Europe/Rome", 8),
            new Member("lucia.garcia", "Lucía García", "es-ES", "Europe/Madrid", 7),
            new Member("daan.devries", "Daan de Vries", "nl-NL", "Europe/Amsterdam", 6),
            new Member("elin.lindqvist", "Elin Lindqvist", "sv-SE", "Europe/Stockholm", 5),
            new Member("thomas.huber", "Thomas Huber", "de-AT", "Europe/Vienna", 4),
            new Member("olivia.brown", "Olivia Brown", "en-US", "America/Chicago", 3),
            new Member("noah.keller", "Noah Keller", "de-DE", "Europe/Berlin", 2));

    /** Staff joined before the oldest demo customer was created. */
    private static final Duration TENURE = Duration.ofDays(6 * 365);

    private DemoStaff() {
    }

    /** Inserts the members who are not users yet; users with the same username are reused as they are. */
    static Team ensure(DSLContext dsl, Instant now) {
        Map<String, Long> existing = dsl.select(APP_USER.USERNAME, APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.in(MEMBERS.stream().map(Member::username).toList()))
                .fetchMap(APP_USER.USERNAME, APP_USER.ID);
        List<Long> ids = new ArrayList<>(MEMBERS.size());
        Map<Long, DemoAccounts.Account> accounts = new HashMap<>();
        Weighted.Builder<Long> owners = Weighted.builder();
        for (Member member : MEMBERS) {
            Long id = existing.get(member.username());
            if (id == null) {
                id = dsl.insertInto(APP_USER)
                        .set(APP_USER.USERNAME, member.username())
                        .set(APP_USER.DISPLAY_NAME, member.displayName())
                        .set(APP_USER.EMAIL, member.email())
                        .set(APP_USER.LOCALE, member.locale())
                        .set(APP_USER.TIME_ZONE, member.timeZone())
                        .set(APP_USER.ACTIVE, true)
                        .set(APP_USER.CREATED_AT, now.minus(TENURE))
                        .returningResult(APP_USER.ID).fetchOne().value1();
            }
            ids.add(id);
            DemoAccounts.Account account = DemoAccounts.account(member.username());
            accounts.put(id, account);
            if (account.role().includes(Role.AGENT)
                    && account.departments().stream().anyMatch(OWNING_DEPARTMENTS::contains)) {
                owners.add(id, member.portfolioWeight());
            }
        }
        List<Long> workers = ids.stream().filter(id -> accounts.get(id).role().includes(Role.AGENT)).toList();
        Map<Long, List<Long>> assigners = new HashMap<>();
        for (Long owner : ids) {
            assigners.put(owner, ids.stream().filter(id -> !id.equals(owner))
                    .filter(id -> accounts.get(id).role() == Role.MANAGER && accounts.get(id).departments().stream()
                            .anyMatch(accounts.get(owner).departments()::contains))
                    .toList());
        }
        return new Team(List.copyOf(ids), owners.build(), workers, Map.copyOf(assigners));
    }
}
