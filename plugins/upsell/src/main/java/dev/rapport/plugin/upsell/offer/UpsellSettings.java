package dev.rapport.plugin.upsell.offer;

import dev.rapport.sdk.PluginSettings;
import java.math.BigDecimal;

/** The plugin's settings as administrators set them on the Plugins page (see {@link UpsellSettingsForm}). */
public final class UpsellSettings {

    static final String MIN_SUPPORT = "mining.minSupportPercent";
    static final String MIN_CONFIDENCE = "mining.minConfidencePercent";
    static final String DECLINE_DAYS = "offers.declineDays";
    static final String DEFAULT_MIN_SUPPORT = "1";
    static final String DEFAULT_MIN_CONFIDENCE = "20";
    static final long DEFAULT_DECLINE_DAYS = 90;

    private final PluginSettings settings;

    public UpsellSettings(PluginSettings settings) {
        this.settings = settings;
    }

    /** The least share of customers (0..1) holding an itemset for it to count. */
    public double minSupport() {
        return settings.getDecimal(MIN_SUPPORT, new BigDecimal(DEFAULT_MIN_SUPPORT)).doubleValue() / 100;
    }

    /** The least confidence (0..1) of a rule to be offered. */
    public double minConfidence() {
        return settings.getDecimal(MIN_CONFIDENCE, new BigDecimal(DEFAULT_MIN_CONFIDENCE)).doubleValue() / 100;
    }

    /** How long a declined offer is not offered again. */
    public long declineDays() {
        return settings.getLong(DECLINE_DAYS, DEFAULT_DECLINE_DAYS);
    }
}
