package dev.rapport.plugin.fieldservice;

import dev.rapport.sdk.PluginSettings;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The plugin's settings (Plugins page, {@link FieldSettingsForm}): the planning time zone, travel speed, the solver's
 * time limit, the maintenance lead time and the service request categories that need a visit.
 */
public final class FieldSettings {

    public static final String ZONE = "planning.timeZone";
    public static final String SPEED_KMH = "planning.speedKmh";
    public static final String TIME_LIMIT_SECONDS = "planning.timeLimitSeconds";
    public static final String MAINTENANCE_LEAD_DAYS = "maintenance.leadDays";
    public static final String VISIT_CATEGORIES = "intake.visitCategories";
    static final String DEFAULT_VISIT_CATEGORIES = "on-site,repair,installation";

    private final PluginSettings settings;

    public FieldSettings(PluginSettings settings) {
        this.settings = settings;
    }

    /** The zone working hours, windows and planning days are read in. */
    public ZoneId zone() {
        return settings.get(ZONE).map(String::strip).map(ZoneId::of).orElse(ZoneId.of("Europe/Berlin"));
    }

    /** The average speed for travel times from straight-line distances. */
    public double speedKmh() {
        return settings.get(SPEED_KMH).map(String::strip).map(Double::parseDouble).orElse(40.0);
    }

    public Duration solverTimeLimit() {
        return Duration.ofSeconds(settings.get(TIME_LIMIT_SECONDS).map(String::strip).map(Long::parseLong).orElse(20L));
    }

    /** The service request categories (comma-separated, any case) that need a visit: they become work orders. */
    public String visitCategories() {
        return settings.get(VISIT_CATEGORIES).orElse(DEFAULT_VISIT_CATEGORIES);
    }

    /** How many days ahead of a planned maintenance its work order is made. */
    public int maintenanceLeadDays() {
        return settings.get(MAINTENANCE_LEAD_DAYS).map(String::strip).map(Integer::parseInt).orElse(14);
    }
}
