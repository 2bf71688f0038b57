package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The Sales manager builds the Sales scorecard from the template, sets two monthly targets, sees one KPI on target
 * and one off it this month, opens the customers behind one, and downloads the PDF.
 */
@ExtendWith(RapportBrowserExtension.class)
class ScorecardIT {

    @Test
    void theSalesManagerBuildsTheSalesScorecardAndReadsIt(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User manager = server.account("it-scorecard-" + suffix, Role.MANAGER, "sales");
        store(manager, "Ada " + suffix);
        store(manager, "Ben " + suffix);
        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);

        ScorecardPages scorecard = ScorecardPages.open(driver, server).buildFromTemplate()
                .monthlyTarget(0, 0, "1000000").monthlyTarget(0, 1, "1").save();
        String thisMonth = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH)
                .format(LocalDate.now(ZoneId.of("Europe/Berlin")));
        scorecard.choosePeriod(thisMonth);

        assertThat(scorecard.kpi(0)).isEqualTo("Revenue (reporting currency)");
        assertThat(scorecard.status(0)).isEqualTo("Off target");
        assertThat(scorecard.kpi(1)).isEqualTo("Customers");
        assertThat(scorecard.status(1)).isEqualTo("On target");
        assertThat(scorecard.recordsOf(1)).contains("Ada " + suffix, "Ben " + suffix);

        HttpResponse<byte[]> pdf = scorecard.downloadPdf();
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static void store(User owner, String firstName) {
        RapportServer.get().platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, firstName, "Scorecard", null, LifecycleStage.CUSTOMER, owner.id(), "en", "EUR", "UTC",
                false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
    }
}
