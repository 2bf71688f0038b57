package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.plugin.acquisition.support.AcquisitionSettings;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Campaigns and their planned activities: managers plan and change them; everyone who uses the plugin reads them.
 * Amounts are exact, in the plugin's campaign currency, with at most two decimals.
 */
public final class CampaignService {

    public static final int MAX_NAME = 200;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final PluginContext context;
    private final AcquisitionSettings settings;

    public CampaignService(PluginContext context, AcquisitionSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    public long create(CampaignDraft draft) {
        context.security().requireRole(Role.MANAGER, "plan campaigns");
        validate(draft);
        return new CampaignRepository(context.dsl()).insert(draft, settings.currency(),
                context.security().currentUser().map(UserInfo::id).orElse(null), context.clock().instant());
    }

    /** Saves {@code draft} over the campaign if nobody saved it since {@code version} was read. */
    public void update(long campaignId, int version, CampaignDraft draft) {
        context.security().requireRole(Role.MANAGER, "change campaigns");
        validate(draft);
        CampaignRepository campaigns = new CampaignRepository(context.dsl());
        if (!campaigns.update(campaignId, version, draft, context.clock().instant())) {
            get(campaignId);
            throw new ConcurrentEditException("Campaign", campaignId, context.clock().instant(), "");
        }
    }

    public Campaign get(long campaignId) {
        return new CampaignRepository(context.dsl()).get(campaignId);
    }

    public List<Campaign> page(String namePrefix, Campaign after, int limit) {
        return new CampaignRepository(context.dsl()).page(namePrefix, after, Math.min(limit, 500));
    }

    /** The most recently started campaigns, for pickers. */
    public List<Campaign> recent() {
        return new CampaignRepository(context.dsl()).recent(200);
    }

    public List<CampaignActivity> activities(long campaignId) {
        return new ActivityRepository(context.dsl()).forCampaign(campaignId);
    }

    public void planActivity(long campaignId, String title, CampaignChannel channel, LocalDate plannedOn) {
        context.security().requireRole(Role.MANAGER, "plan campaign activities");
        get(campaignId);
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "acquisition.validation.required"));
        } else if (title.strip().length() > 200) {
            errors.add(FieldError.of("title", "acquisition.validation.tooLong", 200));
        }
        if (channel == null) {
            errors.add(FieldError.of("channel", "acquisition.validation.required"));
        }
        if (plannedOn == null) {
            errors.add(FieldError.of("plannedOn", "acquisition.validation.required"));
        }
        ValidationException.throwIfAny(errors);
        new ActivityRepository(context.dsl()).insert(campaignId, title.strip(), channel, plannedOn, context.clock().instant());
    }

    public void setActivityDone(long activityId, boolean done) {
        context.security().requireRole(Role.AGENT, "tick off campaign activities");
        if (!new ActivityRepository(context.dsl()).setDone(activityId, done)) {
            throw new NotFoundException("Campaign activity", activityId);
        }
    }

    public void deleteActivity(long activityId) {
        context.security().requireRole(Role.MANAGER, "delete campaign activities");
        if (!new ActivityRepository(context.dsl()).delete(activityId)) {
            throw new NotFoundException("Campaign activity", activityId);
        }
    }

    public String currency() {
        return settings.currency();
    }

    /** Sets the currency of new campaigns (existing ones keep theirs); managers only. */
    public void setCurrency(String code) {
        context.security().requireRole(Role.MANAGER, "change the campaign currency");
        settings.setCurrency(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private void validate(CampaignDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            errors.add(FieldError.of("name", "acquisition.validation.required"));
        } else if (draft.name().strip().length() > MAX_NAME) {
            errors.add(FieldError.of("name", "acquisition.validation.tooLong", MAX_NAME));
        }
        if (draft.objective() != null && draft.objective().length() > 10_000) {
            errors.add(FieldError.of("objective", "acquisition.validation.tooLong", 10_000));
        }
        if (draft.channels().isEmpty()) {
            errors.add(FieldError.of("channels", "acquisition.validation.required"));
        }
        if (draft.startsOn() == null) {
            errors.add(FieldError.of("startsOn", "acquisition.validation.required"));
        }
        if (draft.endsOn() == null) {
            errors.add(FieldError.of("endsOn", "acquisition.validation.required"));
        } else if (draft.startsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            errors.add(FieldError.of("endsOn", "acquisition.validation.endBeforeStart"));
        }
        checkAmount(errors, "budget", draft.budget());
        checkAmount(errors, "actualCost", draft.actualCost());
        if (draft.departmentId() != null && context.staff().department(draft.departmentId()).isEmpty()) {
            errors.add(FieldError.of("departmentId", "acquisition.validation.department"));
        }
        ValidationException.throwIfAny(errors);
    }

    private static void checkAmount(List<FieldError> errors, String field, BigDecimal amount) {
        if (amount == null) {
            errors.add(FieldError.of(field, "acquisition.validation.required"));
        } else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(field, "acquisition.validation.amount"));
        }
    }
}
