package dev.rapport.plugin.service.request;

import static dev.rapport.plugin.service.db.Tables.SVC_ANNOUNCEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.agreement.Agreement;
import dev.rapport.plugin.service.agreement.AgreementAnnouncements;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.event.AgreementChanged;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A customer's agreement is published as {@code AgreementChanged} when it is created, changed and deleted, with the
 * row version that lets a listener keep the newest; the default agreement concerns no customer and is not published;
 * the existing agreements are announced once after an upgrade, and again when retention asks for them.
 */
class AgreementEventsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final AgreementService agreements = plugin.service(AgreementService.class);
    private final CustomerInfo customer = plugin.customer();

    @BeforeEach
    void asTheManager() {
        plugin.actAs(plugin.manager);
    }

    private long calendar() {
        return agreements.calendars().getFirst().id();
    }

    private static List<AgreementChanged> published(long agreementId) {
        return kernel.recorded().events(AgreementChanged.class).stream()
                .filter(event -> event.agreementId() == agreementId).toList();
    }

    @Test
    void creatingChangingAndDeletingACustomersAgreementEachPublishItsNewState() {
        long id = agreements.saveAgreement(new Agreement(0, "Gold support", customer.id(), null, Set.of(),
                LocalDate.of(2026, 1, 1), null, calendar(), AgreementService.standardTargets(), 0));
        kernel.awaitEvents();
        assertThat(published(id)).containsExactly(new AgreementChanged(customer.id(), id, "Gold support",
                LocalDate.of(2026, 1, 1), null, AgreementChanged.ACTIVE, 0));

        Agreement created = agreements.agreement(id);
        agreements.saveAgreement(new Agreement(id, created.name(), customer.id(), null, Set.of(), created.validFrom(),
                LocalDate.of(2027, 1, 6), created.calendarId(), created.targets(), created.version()));
        kernel.awaitEvents();
        assertThat(published(id)).last().isEqualTo(new AgreementChanged(customer.id(), id, "Gold support",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 6), AgreementChanged.ACTIVE, 1));

        agreements.deleteAgreement(id);
        kernel.awaitEvents();
        assertThat(published(id)).hasSize(3).last().isEqualTo(new AgreementChanged(customer.id(), id, "Gold support",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 6), AgreementChanged.CANCELLED, 2));
    }

    @Test
    void theDefaultAgreementIsNotPublished() {
        long id = agreements.saveAgreement(new Agreement(0, kernel.unique("Everyone "), null, null, Set.of(),
                LocalDate.of(2026, 1, 1), null, calendar(), AgreementService.standardTargets(), 0));
        kernel.awaitEvents();
        assertThat(published(id)).isEmpty();
    }

    @Test
    void existingAgreementsAreAnnouncedOnceAfterAnUpgrade() {
        long id = agreements.saveAgreement(new Agreement(0, "Silver support", customer.id(), null, Set.of(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), calendar(), AgreementService.standardTargets(), 0));
        kernel.runAsPlugin(() -> plugin.context.dsl().update(SVC_ANNOUNCEMENT).set(SVC_ANNOUNCEMENT.AFTER_ID, 0L)
                .set(SVC_ANNOUNCEMENT.DONE, false).execute());
        AgreementAnnouncements announcements = new AgreementAnnouncements(plugin.context, agreements);

        int first = kernel.callAsPlugin(announcements::announceOnce);
        int again = kernel.callAsPlugin(announcements::announceOnce);
        kernel.awaitEvents();

        assertThat(first).isPositive();
        assertThat(again).as("announced once only").isZero();
        assertThat(published(id)).containsExactly(
                new AgreementChanged(customer.id(), id, "Silver support", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 2, 28), AgreementChanged.ACTIVE, 0),
                new AgreementChanged(customer.id(), id, "Silver support", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 2, 28), AgreementChanged.ACTIVE, 0));
    }

    @Test
    void retentionsRequestAnnouncesTheExistingAgreementsAgain() {
        long id = agreements.saveAgreement(new Agreement(0, "Bronze support", customer.id(), null, Set.of(),
                LocalDate.of(2026, 5, 1), null, calendar(), AgreementService.standardTargets(), 0));
        kernel.publishAs("retention", new AgreementsWanted());
        kernel.awaitEvents();
        assertThat(published(id)).as("made, then announced on request").hasSize(2).allMatch(event ->
                event.status().equals(AgreementChanged.ACTIVE) && event.customerId() == customer.id());
    }
}
