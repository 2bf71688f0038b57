package dev.rapport.plugin.scorecard.mail;

import static dev.rapport.plugin.scorecard.db.Tables.SC_REPORT_MAIL;

import dev.rapport.plugin.scorecard.build.ScorecardRepository;
import dev.rapport.plugin.scorecard.export.ScorecardPdf;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.read.ScorecardReader;
import dev.rapport.plugin.scorecard.read.ScorecardReport;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.mail.MailAttachment;
import dev.rapport.sdk.mail.StaffMessage;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Formats;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monthly scorecard PDF by mail: from the configured day and time of each month (settings {@link #DAY} and
 * {@link #TIME}, the 1st at 07:00 by default, in the scorecard's time zone) each department's scorecard of the month
 * before goes, as the PDF export, to the department's managers from the department's mailbox. A department is mailed
 * once per month ({@code sc_report_mail}); one without a mailbox is mailed once a mailbox is connected that month.
 * Administrators turn it off with {@link #ENABLED}.
 */
public final class MonthlyReportMail {

    public static final String ENABLED = "report.mail.enabled";
    public static final String DAY = "report.mail.day";
    public static final String TIME = "report.mail.time";
    public static final String LANGUAGE = "report.mail.language";
    static final LocalTime DEFAULT_TIME = LocalTime.of(7, 0);

    private final PluginContext context;
    private final ScorecardRepository scorecards;
    private final ScorecardReader reader;
    private final SnapshotService snapshots;
    private final ScorecardPdf pdf;

    public MonthlyReportMail(PluginContext context, ScorecardRepository scorecards, ScorecardReader reader,
                             SnapshotService snapshots, ScorecardPdf pdf) {
        this.context = context;
        this.scorecards = scorecards;
        this.reader = reader;
        this.snapshots = snapshots;
        this.pdf = pdf;
    }

    /** The time of day the reports go out (setting {@link #TIME}, HH:mm). */
    public static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Queues the last month's reports of every department not mailed yet, when {@code now} is past this month's
     * sending time and mailing is on.
     *
     * @return how many mails were queued
     */
    public int sendDue(Instant now) {
        if (!context.settings().getBoolean(ENABLED, true)) {
            return 0;
        }
        ZoneId zone = snapshots.zone();
        ZonedDateTime local = now.atZone(zone);
        LocalDate thisMonth = local.toLocalDate().withDayOfMonth(1);
        int day = (int) Math.max(1, Math.min(28, context.settings().getLong(DAY, 1)));
        LocalTime time = context.settings().get(TIME).flatMap(MonthlyReportMail::parseTime).orElse(DEFAULT_TIME);
        if (local.isBefore(thisMonth.withDayOfMonth(day).atTime(time).atZone(zone))) {
            return 0;
        }
        LocalDate reported = thisMonth.minusMonths(1);
        List<Long> due = scorecards.departments().stream().filter(department -> department != 0)
                .filter(department -> !context.dsl().fetchExists(SC_REPORT_MAIL, SC_REPORT_MAIL.DEPARTMENT_ID.eq(department)
                        .and(SC_REPORT_MAIL.MONTH.eq(reported))))
                .filter(department -> context.mail().canSend(department)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        // The month's final values: the snapshot job may not have ticked yet today.
        snapshots.takeDueIfNeeded((done, total) -> true);
        Locale locale = Locale.forLanguageTag(context.settings().get(LANGUAGE).orElse("en"));
        int queued = 0;
        for (long departmentId : due) {
            Optional<Department> department = context.staff().department(departmentId);
            Optional<Scorecard> scorecard = scorecards.findByDepartment(departmentId);
            if (department.isPresent() && scorecard.isPresent()) {
                queued += send(department.get(), scorecard.get(), reported, zone, locale, now);
            }
        }
        return queued;
    }

    private int send(Department department, Scorecard scorecard, LocalDate month, ZoneId zone, Locale locale, Instant now) {
        ScorecardReport report = reader.read(scorecard, Optional.of(department), department.name(), PeriodKind.MONTH, month);
        ValueTexts texts = new ValueTexts(context.i18n(), locale, new Formats(locale, zone));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.write(report, texts, bytes);
        String monthText = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        String overall = report.overall().map(score -> score.stripTrailingZeros().toPlainString() + " %").orElse("–");
        MailAttachment file = new MailAttachment("scorecard-" + department.name().replaceAll("[^\\p{L}\\p{N}]+", "-")
                + "-" + month.toString().substring(0, 7) + ".pdf", "application/pdf", bytes.toByteArray());
        List<UserInfo> managers = context.staff().members(department.id()).stream()
                .filter(user -> user.role() == Role.MANAGER).toList();
        return context.dsl().transactionResult(configuration -> {
            int claimed = configuration.dsl().insertInto(SC_REPORT_MAIL).set(SC_REPORT_MAIL.DEPARTMENT_ID, department.id())
                    .set(SC_REPORT_MAIL.MONTH, month).set(SC_REPORT_MAIL.RECIPIENTS, managers.size())
                    .set(SC_REPORT_MAIL.QUEUED_AT, now).onDuplicateKeyIgnore().execute();
            if (claimed == 0) {
                return 0;
            }
            int sent = 0;
            for (UserInfo manager : managers) {
                try {
                    context.mail().send(configuration.dsl(), new StaffMessage(department.id(), manager.id(),
                            context.i18n().get(locale, "scorecard.mail.subject", department.name(), monthText),
                            context.i18n().get(locale, "scorecard.mail.body", manager.displayName(), department.name(),
                                    monthText, overall), List.of(file)));
                    sent++;
                } catch (ValidationException e) {
                    context.logger().warn("Scorecard of {} not mailed to {}: {}", department.name(),
                            manager.displayName(), e.getMessage());
                }
            }
            return sent;
        });
    }
}
