package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CustomerExportTest {

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();

    @Test
    void writesTheFilteredCustomersWithEveryEmailPhoneAndAddressInColumnsTheImportReads() throws IOException {
        String tag = unique("export");
        User owner = kernel.newUser(Role.AGENT, "sales");
        CustomerDraft base = person("Erin", unique("Export"));
        String notes = "Said \"call me\", twice;\nthen wrote, too";
        Customer erin = kernel.customers.create(new CustomerDraft(base.kind(), base.firstName(), base.lastName(), null,
                LifecycleStage.FORMER_CUSTOMER, owner.id(), "de-DE", "EUR", "Europe/Berlin", true,
                List.of(new EmailAddress(ContactLabel.WORK, "erin@work.example"),
                        new EmailAddress(ContactLabel.HOME, "erin@home.example"),
                        new EmailAddress(ContactLabel.OTHER, "erin@other.example")),
                List.of(new PhoneNumber(ContactLabel.MOBILE, "+49 151 23456789"),
                        new PhoneNumber(ContactLabel.WORK, "+49 30 1234567")),
                List.of(new PostalAddress(ContactLabel.HOME, "Hauptstraße 1", "10115", "Berlin", null, "DE"),
                        new PostalAddress(ContactLabel.BILLING, "Postfach 7", "80331", "München", "BY", "DE")),
                Set.of(tag, "alpha"), notes), admin);
        kernel.customers.create(person("Other", unique("NotExported")), admin);

        List<CSVRecord> rows = export(CustomerFilter.ALL.withTag(tag), CustomerSort.NAME_ASCENDING, admin);

        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("Id")).isEqualTo(String.valueOf(erin.id()));
        assertThat(row.get("Kind")).isEqualTo("PERSON");
        assertThat(row.get("First name")).isEqualTo("Erin");
        assertThat(row.get("Last name")).isEqualTo(base.lastName());
        assertThat(List.of(row.get("Email"), row.get("Email 2"), row.get("Email 3")))
                .containsExactly("erin@work.example", "erin@home.example", "erin@other.example");
        assertThat(row.get("Phone")).isEqualTo(erin.details().phones().get(0).number()).startsWith("+49");
        assertThat(row.get("Phone 2")).isEqualTo(erin.details().phones().get(1).number());
        assertThat(List.of(row.get("Street"), row.get("Postal code"), row.get("City"), row.get("Country code")))
                .containsExactly("Hauptstraße 1", "10115", "Berlin", "DE");
        assertThat(List.of(row.get("Street 2"), row.get("City 2"), row.get("Region 2")))
                .containsExactly("Postfach 7", "München", "BY");
        assertThat(row.get("Stage")).isEqualTo("FORMER_CUSTOMER");
        assertThat(row.get("Owner")).isEqualTo(owner.username());
        assertThat(List.of(row.get("Preferred language"), row.get("Currency"), row.get("Time zone")))
                .containsExactly("de-DE", "EUR", "Europe/Berlin");
        assertThat(row.get("Marketing consent")).isEqualTo("yes");
        assertThat(row.get("Tags")).isEqualTo("alpha; " + tag);
        assertThat(row.get("Notes")).isEqualTo(notes);
        assertThat(row.get("Created at")).isEqualTo(erin.createdAt().toString());
    }

    @Test
    void pagesThroughMoreCustomersThanOnePageInTheListsOrder() throws IOException {
        String tag = unique("many");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CustomerExport.PAGE + 3; i++) {
            CustomerDraft base = person("P" + i, unique("Many"));
            ids.add(kernel.customers.create(new CustomerDraft(base.kind(), base.firstName(), base.lastName(), null,
                    base.stage(), null, base.preferredLanguage(), base.currency(), base.timeZone(), false, List.of(),
                    List.of(), List.of(), Set.of(tag), null), admin).id());
        }

        List<CSVRecord> rows = export(CustomerFilter.ALL.withTag(tag), CustomerSort.OLDEST_FIRST, admin);

        assertThat(rows).extracting(row -> Long.parseLong(row.get("Id"))).containsExactlyElementsOf(
                ids.stream().sorted(Comparator.naturalOrder()).toList());
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsText() throws IOException {
        String tag = unique("formula");
        CustomerDraft base = person("=1+1", unique("Formula"));
        kernel.customers.create(new CustomerDraft(base.kind(), base.firstName(), base.lastName(), null, base.stage(),
                null, base.preferredLanguage(), base.currency(), base.timeZone(), false, List.of(), List.of(),
                List.of(), Set.of(tag), null), admin);

        assertThat(export(CustomerFilter.ALL.withTag(tag), CustomerSort.NAME_ASCENDING, admin).getFirst()
                .get("First name")).isEqualTo("'=1+1");
    }

    @Test
    void managersMayExportAgentsAndReadOnlyUsersMayNotAndNothingIsWrittenForThem() throws IOException {
        String tag = unique("denied");
        kernel.customers.create(withTag(person("Dee", unique("Denied")), tag), admin);

        assertThat(export(CustomerFilter.ALL.withTag(tag), CustomerSort.NAME_ASCENDING,
                kernel.newActor(Role.MANAGER, "sales"))).hasSize(1);
        for (Role role : List.of(Role.AGENT, Role.READ_ONLY)) {
            Actor refused = kernel.newActor(role, "sales");
            StringWriter out = new StringWriter();
            assertThatThrownBy(() -> kernel.export.export(CustomerFilter.ALL, CustomerSort.NAME_ASCENDING, refused, out))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(out.toString()).isEmpty();
            assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR_ID.eq(refused.userId())
                    .and(AUDIT_ENTRY.ACTION.eq("CUSTOMERS_EXPORTED")))).isFalse();
        }
    }

    @Test
    void everyExportIsAuditedWithItsFilterAndCountAlsoOneTheClientBrokeOff() throws IOException {
        String tag = unique("audited");
        for (int i = 0; i < 3; i++) {
            kernel.customers.create(withTag(person("Al" + i, unique("Audited")), tag), admin);
        }
        Actor manager = kernel.newActor(Role.MANAGER, "sales");

        export(CustomerFilter.ALL.withTag(tag), CustomerSort.NEWEST_FIRST, manager);
        assertThatThrownBy(() -> kernel.export.export(CustomerFilter.ALL.withTag(tag), CustomerSort.NAME_ASCENDING,
                manager, new FailingAfterHeader())).isInstanceOf(IOException.class);

        List<String> details = kernel.dsl.select(AUDIT_ENTRY.DETAILS).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTOR_ID.eq(manager.userId()).and(AUDIT_ENTRY.ACTION.eq("CUSTOMERS_EXPORTED")))
                .orderBy(AUDIT_ENTRY.ID).fetch(AUDIT_ENTRY.DETAILS);
        assertThat(details).containsExactly("3 customers; tag \"" + tag + "\"; sorted NEWEST_FIRST",
                "0 customers (broken off); tag \"" + tag + "\"; sorted NAME_ASCENDING");
    }

    private List<CSVRecord> export(CustomerFilter filter, CustomerSort sort, Actor actor) throws IOException {
        StringWriter out = new StringWriter();
        long written = kernel.export.export(filter, sort, actor, out);
        List<CSVRecord> rows = CSVParser.parse(new StringReader(out.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertThat(rows).hasSize((int) written);
        return rows;
    }

    private static CustomerDraft withTag(CustomerDraft draft, String tag) {
        return new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), draft.organisationName(),
                draft.stage(), draft.ownerId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(),
                draft.marketingConsent(), draft.emails(), draft.phones(), draft.addresses(), Set.of(tag), draft.notes());
    }

    /** A client that goes away once the header line has arrived. */
    private static final class FailingAfterHeader extends Writer {
        private boolean headerWritten;

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (headerWritten) {
                throw new IOException("Broken pipe");
            }
            headerWritten = new String(buffer, offset, length).contains("\n");
        }

        @Override
        public void flush() throws IOException {
            if (headerWritten) {
                throw new IOException("Broken pipe");
            }
        }

        @Override
        public void close() {
        }
    }
}
