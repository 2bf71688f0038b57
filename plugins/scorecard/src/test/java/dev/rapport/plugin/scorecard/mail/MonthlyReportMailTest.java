package dev.rapport.plugin.scorecard.mail;

import static dev.rapport.plugin.scorecard.db.Tables.SC_REPORT_MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.scorecard.ScorecardSettingsForm;
import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.testing.ScorecardFixtures;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.SentMail;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly PDF by mail: nothing before the 1st at 07:00 (the scorecard's time zone), then last month's PDF to each
 * manager of the department from its mailbox, once; nothing when an administrator turned it off; the sending time
 * setting checked on the settings form.
 */
class MonthlyReportMailTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ScorecardFixtures fixtures = new ScorecardFixtures(kernel);
    private final MonthlyReportMail mail = kernel.service(MonthlyReportMail.class);

    @AfterEach
    void restoreSettings() {
        kernel.clearSettings();
    }

    private void scorecardWithMailbox() {
        kernel.callAs(fixtures.manager, () -> kernel.service(ScorecardService.class)
                .save(fixtures.scorecard(ScorecardFixtures.kpi("kernel/customers", "2"))));
        kernel.connectMailbox(fixtures.department.code());
    }

    private static Instant berlin(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, BERLIN).toInstant();
    }

    @Test
    void fromTheFirstAtSevenEachManagerGetsLastMonthsPdfOnce() {
        UserInfo secondManager = kernel.createUser(Role.MANAGER, fixtures.department.code());
        scorecardWithMailbox();

        assertThat(kernel.callAsPlugin(() -> mail.sendDue(berlin(1, 6, 59)))).isZero();
        kernel.callAsPlugin(() -> mail.sendDue(berlin(1, 7, 0)));
        assertThat(kernel.callAsPlugin(() -> mail.sendDue(berlin(1, 7, 15)))).as("once a month").isZero();

        List<String> managers = List.of(address(fixtures.manager), address(secondManager));
        List<SentMail> sent = kernel.deliverMail().stream().filter(received -> managers.contains(received.to().getFirst()))
                .toList();
        assertThat(sent).extracting(received -> received.to().getFirst()).containsExactlyInAnyOrderElementsOf(managers);
        assertThat(sent).allSatisfy(received -> {
            assertThat(received.subject()).isEqualTo("Scorecard " + fixtures.department.name() + ": November 2026");
            assertThat(received.text()).contains("attached is the scorecard of " + fixtures.department.name());
            assertThat(received.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).endsWith("-2026-11.pdf");
                assertThat(file.contentType()).isEqualTo("application/pdf");
                assertThat(new String(file.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            });
        });
        assertThat(kernel.dsl().fetchCount(SC_REPORT_MAIL, SC_REPORT_MAIL.DEPARTMENT_ID.eq(fixtures.department.id())
                .and(SC_REPORT_MAIL.MONTH.eq(LocalDate.of(2026, 11, 1))))).isEqualTo(1);
        assertThat(kernel.recorded().auditEntries()).extracting(entry -> entry.action()).contains("EMAIL_SENT");
    }

    @Test
    void theConfiguredDayAndTimeAreWaitedFor() {
        kernel.context().settings().put(MonthlyReportMail.DAY, "3");
        kernel.context().settings().put(MonthlyReportMail.TIME, "09:30");
        scorecardWithMailbox();

        assertThat(kernel.callAsPlugin(() -> mail.sendDue(berlin(3, 9, 29)))).isZero();
        kernel.callAsPlugin(() -> mail.sendDue(berlin(3, 9, 30)));

        assertThat(kernel.dsl().fetchCount(SC_REPORT_MAIL, SC_REPORT_MAIL.DEPARTMENT_ID.eq(fixtures.department.id())))
                .isEqualTo(1);
        assertThat(new ScorecardSettingsForm().validate(Map.of(MonthlyReportMail.TIME, "25:00")))
                .extracting(error -> error.field()).containsExactly(MonthlyReportMail.TIME);
        assertThat(new ScorecardSettingsForm().validate(Map.of(MonthlyReportMail.TIME, "7:05"))).isEmpty();
    }

    @Test
    void nothingIsMailedWhenAnAdministratorTurnedItOff() {
        kernel.context().settings().put(MonthlyReportMail.ENABLED, "false");
        scorecardWithMailbox();

        assertThat(kernel.callAsPlugin(() -> mail.sendDue(berlin(1, 7, 0)))).isZero();

        assertThat(kernel.dsl().fetchCount(SC_REPORT_MAIL, SC_REPORT_MAIL.DEPARTMENT_ID.eq(fixtures.department.id())))
                .isZero();
    }

    private static String address(UserInfo user) {
        return user.username() + "@testkit.example";
    }
}
