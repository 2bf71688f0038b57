package dev.rapport.platform.customer.importing;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerImportServiceTest {

    private static final String HEADER = "First name,Last name,Company,Email,Phone,Street,Postal code,City,Country,Tags,Notes";

    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();
    private final CustomerImportService imports = new CustomerImportService(kernel.customers, kernel.users, kernel.audit, 3);
    /** Every customer a test imports carries this tag, and its email addresses this domain: other tests' rows stay out. */
    private final String tag = unique("import");
    private final String domain = unique("d") + ".example";
    private final List<ImportSummary> summaries = new ArrayList<>();

    @Test
    void detectsTheDelimiterFromTheHeaderLine() {
        assertThat(imports.inspect(csv("a;b;\"c,d\"\n1;2;3")).delimiter()).isEqualTo(';');
        assertThat(imports.inspect(csv("a\tb\tc\n1\t2\t3")).delimiter()).isEqualTo('\t');
        assertThat(imports.inspect(csv("a,b;c,d\n")).delimiter()).isEqualTo(',');
        CsvInspection german = imports.inspect(csv("Vorname;Nachname;E-Mail\nAnna;Ahl;anna@x.example"));
        assertThat(german.headers()).containsExactly("Vorname", "Nachname", "E-Mail");
        assertThat(german.proposedMapping().fields())
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL);
    }

    @Test
    void importsEveryFieldAsTheFormWouldStoreIt() {
        String berlinNumber = uniqueBerlinNumber();
        String csv = "\uFEFF" + HEADER + ",Stage,Owner,Language,Currency,Time zone,Consent\n"
                + "Anna,Ahl,,anna@" + domain + "," + berlinNumber + ",Hauptstraße 1,10115,Berlin,Deutschland," + tag
                + "|vip,\"Met at the fair, twice.\nCall in May.\",Customer," + username() + ",de-DE,eur,Europe/Berlin,ja\n";

        ImportSummary summary = run(csv);

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.COMPLETED);
        assertThat(summary.counts()).isEqualTo(new ImportProgress(1, 1, 0, 0, summary.counts().bytesRead()));
        Customer anna = kernel.customers.get(importedIds().getFirst());
        assertThat(anna.displayName()).isEqualTo("Anna Ahl");
        assertThat(anna.kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(anna.details().stage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(anna.details().ownerId()).isEqualTo(actor.userId());
        assertThat(anna.details().preferredLanguage()).isEqualTo("de-DE");
        assertThat(anna.details().currency()).isEqualTo("EUR");
        assertThat(anna.details().marketingConsent()).isTrue();
        assertThat(anna.consentChangedAt()).isNotNull();
        assertThat(anna.details().emails()).containsExactly(new EmailAddress(ContactLabel.OTHER, "anna@" + domain));
        assertThat(anna.details().phones()).containsExactly(new PhoneNumber(ContactLabel.OTHER, berlinNumber));
        assertThat(anna.details().addresses()).containsExactly(
                new PostalAddress(ContactLabel.HOME, "Hauptstraße 1", "10115", "Berlin", null, "DE"));
        assertThat(anna.details().tags()).containsExactlyInAnyOrder(tag, "vip");
        assertThat(anna.details().notes()).isEqualTo("Met at the fair, twice.\nCall in May.");
        assertThat(anna.updatedBy()).isEqualTo(actor.userId());
        assertThat(anna.version()).isZero();
        assertThat(kernel.customers.check(anna.details()).isValid()).isTrue();
    }

    @Test
    void anOrganisationNameMakesAnOrganisationAndDefaultsFillEmptyCells() {
        String berlinNumber = uniqueBerlinNumber();
        ImportSummary summary = run(HEADER + "\n"
                + ",,Acme GmbH,info@" + domain + "," + berlinNumber.replace("+49 30 ", "030 ")
                + ",Hauptstraße 1,10115,Berlin,," + tag + ",\n");

        assertThat(summary.counts().imported()).isEqualTo(1);
        Customer acme = kernel.customers.get(importedIds().getFirst());
        assertThat(acme.kind()).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(acme.displayName()).isEqualTo("Acme GmbH");
        assertThat(acme.details().stage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(acme.details().timeZone()).isEqualTo("Europe/Berlin");
        assertThat(acme.details().addresses().getFirst().countryCode()).as("the default country").isEqualTo("DE");
        assertThat(acme.details().addresses().getFirst().label()).isEqualTo(ContactLabel.WORK);
        assertThat(acme.details().phones()).extracting(PhoneNumber::number)
                .as("read in the address's country").containsExactly(berlinNumber);
    }

    @Test
    void reportsBadRowsWithTheirRowNumbersAndImportsTheOthers() {
        ImportSummary summary = run(HEADER + ",Stage,Owner\n"
                + "Anna,Ahl,,anna@" + domain + ",,,,,," + tag + ",,,\n"
                + "Bert,,,not-an-email,12,,,,," + tag + ",,,\n"
                + "Carl,Cole,,carl@" + domain + ",,,,,," + tag + ",,someday,nobody-" + tag + "\n"
                + "too,few,cells\n"
                + "Dora,Dahl,,dora@" + domain + ",,,,,," + tag + ",,,\n");

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.COMPLETED);
        assertThat(summary.counts()).extracting(ImportProgress::read, ImportProgress::imported, ImportProgress::invalid)
                .containsExactly(5L, 2L, 3L);
        assertThat(summary.problems().first())
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::column, p -> p.message().key())
                .containsExactly(
                        tuple(3L, ImportField.LAST_NAME, "Last name", "validation.required"),
                        tuple(3L, ImportField.EMAIL, "Email", "validation.email"),
                        tuple(3L, ImportField.PHONE, "Phone", "validation.phone"),
                        tuple(4L, ImportField.STAGE, "Stage", "import.unknownStage"),
                        tuple(4L, ImportField.OWNER, "Owner", "import.unknownOwner"),
                        tuple(5L, null, null, "import.cellCount"));
        assertThat(summary.problems().first().get(1).message().arguments()).containsExactly("not-an-email");
        assertThat(summary.problems().first().get(5).message().arguments()).containsExactly("13", "3");
        List<ImportProblem> downloaded = new ArrayList<>();
        summary.problems().forEach(downloaded::add);
        assertThat(downloaded).isEqualTo(summary.problems().first());
        assertThat(importedNames()).containsExactlyInAnyOrder("Anna Ahl", "Dora Dahl");
    }

    @Test
    void skipsRowsSharingAnEmailOrPhoneWithACustomerOrAnEarlierRow() {
        Customer existing = kernel.customers.create(Kernel.person("Erik", unique("Existing")), actor);
        String existingEmail = existing.details().emails().getFirst().address();
        String rows = HEADER + "\n"
                + "Anna,Ahl,,anna@" + domain + ",+1 201-555-0142,,,,," + tag + ",\n"
                + "Anne,Ahl,,ANNA@" + domain + ",,,,,," + tag + ",\n"
                + "Otto,Other,,otto@" + domain + ",(201) 555-0142,,,,," + tag + ",\n"
                + "Erik,Existing,," + existingEmail.toUpperCase() + ",,,,,," + tag + ",\n"
                + "Phil,Phone,,phil@" + domain + ",+1 201-555-0123,,,,," + tag + ",\n";

        ImportSummary skipped = run(rows);

        assertThat(skipped.counts()).extracting(ImportProgress::imported, ImportProgress::duplicates)
                .containsExactly(1L, 4L);
        assertThat(skipped.problems().first())
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::duplicate, p -> p.message().key())
                .containsExactly(
                        tuple(3L, ImportField.EMAIL, true, "import.duplicateRow"),
                        tuple(4L, ImportField.PHONE, true, "import.duplicateRow"),
                        tuple(5L, ImportField.EMAIL, true, "import.duplicateCustomer"),
                        tuple(6L, ImportField.PHONE, true, "import.duplicateCustomer"));
        assertThat(skipped.problems().first().get(0).message().arguments()).containsExactly("anna@" + domain, "2");
        assertThat(skipped.problems().first().get(2).message().arguments())
                .containsExactly(existingEmail.toLowerCase(), String.valueOf(existing.id()));
        assertThat(importedNames()).containsExactly("Anna Ahl");

        ImportSummary anyway = run(rows, DuplicatePolicy.IMPORT_ANYWAY);

        assertThat(anyway.counts()).extracting(ImportProgress::imported, ImportProgress::duplicates)
                .containsExactly(5L, 0L);
        assertThat(importedNames()).hasSize(6);
    }

    @Test
    void writesOneCustomerCreatedEventPerImportedCustomer() {
        run(HEADER + "\n" + "Anna,Ahl,,,,,,,," + tag + ",\n" + ",,Acme,,,,,,," + tag + ",\n");

        List<Long> ids = importedIds();
        assertThat(ids).hasSize(2);
        assertThat(kernel.dsl.fetch(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID.in(ids))).hasSize(2)
                .allSatisfy(event -> {
                    assertThat(event.getEventType()).isEqualTo("kernel:dev.rapport.sdk.event.CustomerCreated");
                    assertThat(event.getPayload()).contains("\"customerId\":" + event.getCustomerId());
                });
    }

    @Test
    void chunksWrittenSideBySideCommitInFileOrderSoTheirEventsFollowTheFile() {
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.append("Row,Number").append(i).append(",,,,,,,,").append(tag).append(",\n");
            names.add("Row Number" + i);
        }

        run(rows.toString());

        List<Long> customersByEvent = kernel.dsl.select(DOMAIN_EVENT.CUSTOMER_ID).from(DOMAIN_EVENT)
                .where(DOMAIN_EVENT.CUSTOMER_ID.in(importedIds())).orderBy(DOMAIN_EVENT.ID).fetch(DOMAIN_EVENT.CUSTOMER_ID);
        assertThat(customersByEvent).extracting(id -> kernel.customers.get(id).details().displayName())
                .containsExactlyElementsOf(names);
    }

    @Test
    void thePreviewShowsTheFirstRowsWithTheirProblemsAndStoresNothing() {
        String rows = HEADER + "\n"
                + "Anna,Ahl,,anna@" + domain + ",,,,,," + tag + ",\n"
                + "Bert,,,,,,,,," + tag + ",\n"
                + "Anne,Ahl,,anna@" + domain + ",,,,,," + tag + ",\n"
                + "Dora,Dahl,,,,,,,," + tag + ",\n";

        List<PreviewRow> preview = imports.preview(csv(rows), settings(rows, DuplicatePolicy.SKIP), 3);

        assertThat(preview).extracting(PreviewRow::row, PreviewRow::status).containsExactly(
                tuple(2L, RowStatus.VALID), tuple(3L, RowStatus.INVALID), tuple(4L, RowStatus.DUPLICATE));
        assertThat(preview.get(1).problems()).extracting(ImportProblem::field).containsExactly(ImportField.LAST_NAME);
        assertThat(preview.get(0).cells()).startsWith("Anna", "Ahl");
        assertThat(importedIds()).isEmpty();
    }

    @Test
    void cancellingStopsAfterTheChunksBeingWrittenAndKeepsWhatWasCommitted() {
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 10; i++) {
            rows.append("Row,Number").append(i).append(",,,,,,,,").append(tag).append(",\n");
        }
        List<ImportProgress> progress = new ArrayList<>();
        ImportListener cancelAfterFirstChunk = new ImportListener() {
            @Override
            public void progress(ImportProgress done) {
                progress.add(done);
            }

            @Override
            public boolean cancelRequested() {
                return !progress.isEmpty();
            }
        };

        ImportSummary summary = keep(imports.run(csv(rows.toString()), settings(rows.toString(), DuplicatePolicy.SKIP),
                actor, cancelAfterFirstChunk));

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.CANCELLED);
        // cancelled once the first chunk was committed: the chunks being written by then are finished, no more read
        assertThat(summary.counts().imported()).isEqualTo(importedIds().size())
                .isBetween(3L, 3L * ChunkWriter.CHUNKS_IN_FLIGHT + 3).isLessThan(10);
        assertThat(summary.counts().read()).isEqualTo(summary.counts().imported());
        assertThat(progress.getLast()).isEqualTo(summary.counts());
    }

    @Test
    void aChunkTheDatabaseRefusesIsRolledBackAndEndsTheImport() {
        String refused = unique("Refused");
        kernel.dsl.execute("CREATE TRIGGER refuse_" + refused + " BEFORE INSERT ON customer FOR EACH ROW"
                + " BEGIN IF NEW.last_name = '" + refused + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
        try {
            ImportSummary summary = run(HEADER + "\n"
                    + "A,One,,,,,,,," + tag + ",\n" + "B,Two,,,,,,,," + tag + ",\n" + "C,Three,,,,,,,," + tag + ",\n"
                    + "D,Four,,,,,,,," + tag + ",\n" + "E," + refused + ",,,,,,,," + tag + ",\n"
                    + "F,Six,,,,,,,," + tag + ",\n" + "G,Seven,,,,,,,," + tag + ",\n");

            assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.FAILED);
            assertThat(summary.failure().key()).isEqualTo("import.failedChunk");
            assertThat(summary.failure().arguments()).startsWith("5", "7").last().asString().contains("refused by the test");
            assertThat(summary.counts()).extracting(ImportProgress::read, ImportProgress::imported)
                    .containsExactly(3L, 3L);
            assertThat(importedNames()).containsExactlyInAnyOrder("A One", "B Two", "C Three");
            assertThat(kernel.dsl.fetchCount(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID.in(importedIds()))).isEqualTo(3);
        } finally {
            kernel.dsl.execute("DROP TRIGGER refuse_" + refused);
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedInsteadOfGarbled() {
        byte[] latin1 = "Vorname;Nachname\nJürgen;Müller\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportSettings settings = settings("Vorname;Nachname\n", DuplicatePolicy.SKIP);
        assertThatThrownBy(() -> imports.preview(new ByteArrayInputStream(latin1), settings, 10))
                .isInstanceOfSatisfying(UnreadableCsvException.class,
                        e -> assertThat(e.userMessage()).isEqualTo(ImportMessage.of("import.notUtf8", 2)));
        assertThatThrownBy(() -> imports.inspect(csv("")))
                .isInstanceOfSatisfying(UnreadableCsvException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("import.noHeader"));
    }

    @Test
    void textThatIsNotUtf8LaterInTheFileEndsTheImportWithTheRowsBeforeImported() {
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 3000; i++) {
            rows.append("Row,Number").append(i).append(",,,,,,,,").append(tag).append(",\n");
        }
        byte[] utf8 = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = ("Jürgen,Müller,,,,,,,," + tag + ",\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = java.util.Arrays.copyOf(utf8, utf8.length + latin1.length);
        System.arraycopy(latin1, 0, file, utf8.length, latin1.length);
        CustomerImportService importsInLargeChunks = new CustomerImportService(kernel.customers, kernel.users, kernel.audit);

        ImportSummary summary = keep(importsInLargeChunks.run(new ByteArrayInputStream(file),
                settings(rows.toString(), DuplicatePolicy.SKIP), actor, ImportListener.NONE));

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.FAILED);
        assertThat(summary.failure()).isEqualTo(ImportMessage.of("import.notUtf8", 3002));
        assertThat(summary.counts().imported()).isEqualTo(importedIds().size()).isPositive();
        assertThat(importedNames()).noneMatch(name -> name.contains("ller"));
    }

    @Test
    void aQuoteThatIsNeverClosedEndsTheImportWithTheRowsBeforeImported() {
        ImportSummary summary = run(HEADER + "\n"
                + "A,One,,,,,,,," + tag + ",\n" + "B,Two,,,,,,,," + tag + ",\n" + "C,Three,,,,,,,," + tag + ",\n"
                + "D,Four,,,,,,,," + tag + ",\"never closed\n" + "E,Five,,,,,,,," + tag + ",\n");

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.FAILED);
        assertThat(summary.failure().key()).isEqualTo("import.malformed");
        assertThat(importedNames()).containsExactlyInAnyOrder("A One", "B Two", "C Three");
    }

    @Test
    void aRowLongerThanAnyCustomerEndsTheImportInsteadOfFillingTheHeap() {
        String unclosed = HEADER + "\n" + "A,One,,,,,,,," + tag + ",\n"
                + "B,Two,,,,,,,," + tag + ",\"" + "x".repeat(1_100_000);

        ImportSummary summary = run(unclosed);

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.FAILED);
        assertThat(summary.failure()).isEqualTo(ImportMessage.of("import.rowTooLong", 3));
        assertThat(importedNames()).as("the rows before").containsExactly("A One");
    }

    @Test
    void onlyManagersAndAdministratorsImportAndEveryImportIsAuditedWithItsCounts() {
        String csv = HEADER + "\nAnna,Ahl,,anna@" + domain + ",,,,,," + tag + ",\nBert,,,not-an-email,,,,,," + tag + ",\n";
        for (Role role : List.of(Role.AGENT, Role.READ_ONLY)) {
            Actor refused = kernel.newActor(role, "sales");
            assertThatThrownBy(() -> imports.run(csv(csv), settings(csv, DuplicatePolicy.SKIP), refused, ImportListener.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(importedIds()).isEmpty();
        Actor manager = kernel.newActor(Role.MANAGER, "sales");

        ImportSettings ownedByTheManager = new ImportSettings(imports.inspect(csv(csv)).proposedMapping(),
                new ImportDefaults(null, LifecycleStage.PROSPECT, manager.userId(), "en", "EUR", "Europe/Berlin", "DE"),
                DuplicatePolicy.SKIP);
        keep(imports.run(csv(csv), ownedByTheManager, manager, ImportListener.NONE));

        assertThat(importedIds()).hasSize(1);
        assertThat(kernel.dsl.select(AUDIT_ENTRY.DETAILS).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR_ID.eq(manager.userId())
                .and(AUDIT_ENTRY.ACTION.eq("CUSTOMERS_IMPORTED"))).fetch(AUDIT_ENTRY.DETAILS))
                .containsExactly("1 imported, 0 duplicates and 1 invalid rows skipped, of 2 rows read; completed");
    }

    private ImportSummary run(String csv) {
        return run(csv, DuplicatePolicy.SKIP);
    }

    private ImportSummary run(String csv, DuplicatePolicy duplicates) {
        return keep(imports.run(csv(csv), settings(csv, duplicates), actor, ImportListener.NONE));
    }

    /** {@code summary}, whose problems are deleted after the test. */
    private ImportSummary keep(ImportSummary summary) {
        summaries.add(summary);
        return summary;
    }

    @AfterEach
    void deleteProblemFiles() {
        summaries.forEach(summary -> summary.problems().delete());
    }

    private ImportSettings settings(String csv, DuplicatePolicy duplicates) {
        return new ImportSettings(imports.inspect(csv(csv)).proposedMapping(), defaults(), duplicates);
    }

    private ImportDefaults defaults() {
        return new ImportDefaults(null, LifecycleStage.PROSPECT, actor.userId(), "en", "EUR", "Europe/Berlin", "DE");
    }

    private String username() {
        return kernel.users.find(actor.userId()).orElseThrow().username();
    }

    private List<Long> importedIds() {
        return kernel.dsl.select(CUSTOMER_TAG.CUSTOMER_ID).from(CUSTOMER_TAG).where(CUSTOMER_TAG.TAG.eq(tag))
                .orderBy(CUSTOMER_TAG.CUSTOMER_ID).fetch(CUSTOMER_TAG.CUSTOMER_ID);
    }

    private List<String> importedNames() {
        return kernel.dsl.select(CUSTOMER.DISPLAY_NAME).from(CUSTOMER).where(CUSTOMER.ID.in(importedIds()))
                .fetch(CUSTOMER.DISPLAY_NAME);
    }

    /** A valid Berlin number in international format that no other test uses. */
    private static String uniqueBerlinNumber() {
        while (true) {
            String number = "+49 30 " + (20_000_000 + new java.util.Random().nextInt(70_000_000));
            var normalised = PhoneNumbers.normalise(number, "DE");
            if (normalised.isPresent()) {
                return normalised.get().international();
            }
        }
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
