package dev.rapport.plugin.service.request;

import dev.rapport.sdk.PluginSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin's settings, kept in the platform's plugin settings: which statuses pause the SLA clocks, how long
 * after resolution a customer's reply reopens a request, how long before a breach the warning task comes, and where
 * the website form's requests go.
 */
public final class ServiceSettings {

    public static final String PAUSING_STATUSES = "sla.pausingStatuses";
    public static final String REOPEN_HOURS = "request.reopenWithinHours";
    public static final String WARNING_MINUTES = "sla.warningMinutes";
    public static final String DEFAULT_ZONE = "sla.defaultTimeZone";
    public static final String NOTIFY_MANAGER = "sla.escalation.notifyManager";
    public static final String RAISE_PRIORITY = "sla.escalation.raisePriority";
    public static final String WARRANTY_MONTHS = "rma.warrantyMonths";
    public static final String SURVEY_DAYS = "survey.validDays";
    public static final String DUPLICATE_DAYS = "request.duplicateWindowDays";
    public static final String WEB_FORM_QUEUE = "webForm.queue";
    public static final String WEB_FORM_CATEGORY = "webForm.category";
    static final Set<RequestStatus> DEFAULT_PAUSING = EnumSet.of(RequestStatus.WAITING_ON_CUSTOMER,
            RequestStatus.WAITING_ON_THIRD_PARTY);

    private final PluginSettings settings;

    public ServiceSettings(PluginSettings settings) {
        this.settings = settings;
    }

    /** Open statuses in which the clocks do not run; only waiting statuses and "new" may be chosen. */
    public Set<RequestStatus> pausingStatuses() {
        return settings.get(PAUSING_STATUSES).filter(value -> !value.isBlank())
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).map(RequestStatus::valueOf)
                        .filter(RequestStatus::isOpen).collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestStatus.class))))
                .orElse(EnumSet.copyOf(DEFAULT_PAUSING));
    }

    public boolean pauses(RequestStatus status) {
        return pausingStatuses().contains(status);
    }

    public Duration reopenWindow() {
        return Duration.ofHours(settings.get(REOPEN_HOURS).map(Long::parseLong).orElse(72L));
    }

    /** The time zone of the standard calendar made on the first start (administrators can change it later). */
    public ZoneId defaultZone() {
        return settings.get(DEFAULT_ZONE).map(ZoneId::of).orElse(ZoneId.of("Europe/Berlin"));
    }

    /** Escalation on a breach: a task for the queue's manager. */
    public boolean notifyManagerOnBreach() {
        return settings.get(NOTIFY_MANAGER).map(Boolean::parseBoolean).orElse(true);
    }

    /** Escalation on a breach: the request's priority one step up. */
    public boolean raisePriorityOnBreach() {
        return settings.get(RAISE_PRIORITY).map(Boolean::parseBoolean).orElse(true);
    }

    public Duration warningBeforeBreach() {
        return Duration.ofMinutes(settings.get(WARNING_MINUTES).map(Long::parseLong).orElse(60L));
    }

    /** How long after its purchase a product is under warranty, for the approval of returns. */
    public int warrantyMonths() {
        return (int) settings.getLong(WARRANTY_MONTHS, 24);
    }

    /** How far apart two open requests of a customer may have been opened to be offered as likely duplicates. */
    public Duration duplicateWindow() {
        return Duration.ofDays(settings.getLong(DUPLICATE_DAYS, 14));
    }

    /** How long a survey invitation's link can be answered. */
    public Duration surveyValidity() {
        return Duration.ofDays(settings.getLong(SURVEY_DAYS, 14));
    }

    /** The name of the queue the website form's requests go to; empty: the first queue. */
    public Optional<String> webFormQueue() {
        return settings.get(WEB_FORM_QUEUE).map(String::strip).filter(name -> !name.isEmpty());
    }

    /** The category of the website form's requests when the visitor names none; empty: none. */
    public Optional<String> webFormCategory() {
        return settings.get(WEB_FORM_CATEGORY).map(String::strip).filter(category -> !category.isEmpty());
    }
}
