package dev.rapport.plugin.service;

import dev.rapport.plugin.service.intake.WebFormToken;
import dev.rapport.plugin.service.intake.WebRequestEndpoint;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceSettings;
import dev.rapport.plugin.service.survey.PublicAddress;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * The plugin's settings on the platform's Plugins page, with the keys and defaults {@link ServiceSettings} reads:
 * which statuses pause the SLA clocks, the reopen window, the warning before a breach and the escalations, the
 * warranty period for returns, how long survey links stay valid and the address customers reach them at, the window
 * for likely duplicates, and the website request form's token, thank-you page, queue and category.
 */
@Extension
public final class ServiceSettingsForm implements SettingsContribution {

    private final QueueService queues;

    public ServiceSettingsForm(QueueService queues) {
        this.queues = queues;
    }

    private static final Set<String> PAUSABLE = Set.of(RequestStatus.NEW.name(), RequestStatus.WAITING_ON_CUSTOMER.name(),
            RequestStatus.WAITING_ON_THIRD_PARTY.name());

    private static final String WEB_ADDRESS = "https?://[^\\s/]+(/[^\\s]*)?";

    @Override
    public List<SettingField> fields() {
        return List.of(
                SettingField.text(ServiceSettings.PAUSING_STATUSES, "service.settings.pausingStatuses", 200)
                        .withHelp("service.settings.pausingStatusesHelp")
                        .withDefault("WAITING_ON_CUSTOMER,WAITING_ON_THIRD_PARTY"),
                SettingField.integer(ServiceSettings.REOPEN_HOURS, "service.settings.reopenHours", 0, 24 * 90)
                        .withDefault("72"),
                SettingField.integer(ServiceSettings.WARNING_MINUTES, "service.settings.warningMinutes", 0, 24 * 60)
                        .withDefault("60"),
                SettingField.bool(ServiceSettings.NOTIFY_MANAGER, "service.settings.notifyManager").withDefault("true"),
                SettingField.bool(ServiceSettings.RAISE_PRIORITY, "service.settings.raisePriority").withDefault("true"),
                SettingField.integer(ServiceSettings.DUPLICATE_DAYS, "service.settings.duplicateDays", 1, 365)
                        .withDefault("14"),
                SettingField.integer(ServiceSettings.WARRANTY_MONTHS, "service.settings.warrantyMonths", 0, 120)
                        .withDefault("24"),
                SettingField.integer(ServiceSettings.SURVEY_DAYS, "service.settings.surveyDays", 1, 90).withDefault("14"),
                SettingField.text(PublicAddress.SETTING, "service.settings.publicAddress", 200)
                        .withHelp("service.settings.publicAddressHelp"),
                SettingField.text(WebFormToken.SETTING, "service.settings.webFormToken", 100)
                        .withHelp("service.settings.webFormTokenHelp"),
                SettingField.text(WebRequestEndpoint.THANKS_SETTING, "service.settings.webFormThanks", 500),
                webFormQueue(),
                SettingField.text(ServiceSettings.WEB_FORM_CATEGORY, "service.settings.webFormCategory",
                        RequestService.MAX_CATEGORY).withHelp("service.settings.webFormCategoryHelp"));
    }

    /** A choice among today's queues; a free text (refused unless empty) while there is none to choose. */
    private SettingField webFormQueue() {
        List<String> names = queues.all().stream().map(Queue::name).toList();
        SettingField field = names.isEmpty()
                ? SettingField.text(ServiceSettings.WEB_FORM_QUEUE, "service.settings.webFormQueue", 100)
                : SettingField.choice(ServiceSettings.WEB_FORM_QUEUE, "service.settings.webFormQueue", names);
        return field.withHelp("service.settings.webFormQueueHelp");
    }

    @Override
    public List<FieldError> validate(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        if (values.get(ServiceSettings.PAUSING_STATUSES) instanceof String statuses && !statuses.isBlank()) {
            Set<String> chosen = Arrays.stream(statuses.split(",")).map(String::strip).collect(Collectors.toSet());
            if (!PAUSABLE.containsAll(chosen)) {
                errors.add(FieldError.of(ServiceSettings.PAUSING_STATUSES, "service.settings.pausingStatusesInvalid"));
            }
        }
        if (values.get(PublicAddress.SETTING) instanceof String address && !address.isBlank()
                && !address.strip().matches(WEB_ADDRESS)) {
            errors.add(FieldError.of(PublicAddress.SETTING, "service.settings.publicAddressInvalid"));
        }
        if (values.get(WebFormToken.SETTING) instanceof String token && !token.isBlank()
                && !WebFormToken.SHAPE.matcher(token.strip()).matches()) {
            errors.add(FieldError.of(WebFormToken.SETTING, "service.settings.webFormTokenInvalid"));
        }
        if (values.get(WebRequestEndpoint.THANKS_SETTING) instanceof String thanks && !thanks.isBlank()
                && !thanks.strip().matches(WEB_ADDRESS)) {
            errors.add(FieldError.of(WebRequestEndpoint.THANKS_SETTING, "service.settings.publicAddressInvalid"));
        }
        if (values.get(ServiceSettings.WEB_FORM_QUEUE) instanceof String queue && !queue.isBlank()
                && queues.all().stream().noneMatch(existing -> existing.name().equals(queue.strip()))) {
            errors.add(FieldError.of(ServiceSettings.WEB_FORM_QUEUE, "service.settings.webFormQueueMissing", queue.strip()));
        }
        return errors;
    }
}
