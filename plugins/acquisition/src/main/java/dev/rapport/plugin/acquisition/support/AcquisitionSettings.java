package dev.rapport.plugin.acquisition.support;

import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.Currency;
import java.util.List;

/**
 * The plugin's settings, kept in the platform's plugin settings: the score at which a lead counts as
 * qualified, and the currency campaigns are budgeted and reported in.
 */
public final class AcquisitionSettings {

    public static final int DEFAULT_THRESHOLD = 50;
    public static final String DEFAULT_CURRENCY = "EUR";
    static final String THRESHOLD = "scoring.threshold";
    static final String CURRENCY = "campaign.currency";

    private final PluginSettings settings;

    public AcquisitionSettings(PluginSettings settings) {
        this.settings = settings;
    }

    public int qualificationThreshold() {
        return settings.get(THRESHOLD).map(Integer::parseInt).orElse(DEFAULT_THRESHOLD);
    }

    public void setQualificationThreshold(int threshold) {
        if (threshold < 1 || threshold > 10_000) {
            throw new ValidationException(List.of(FieldError.of("threshold", "acquisition.validation.range", 1, 10_000)));
        }
        settings.put(THRESHOLD, String.valueOf(threshold));
    }

    /** ISO 4217 code of campaign budgets, costs and the reported revenue. */
    public String currency() {
        return settings.get(CURRENCY).orElse(DEFAULT_CURRENCY);
    }

    public void setCurrency(String code) {
        String clean = code == null ? "" : code.strip();
        if (!clean.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream()
                .noneMatch(currency -> currency.getCurrencyCode().equals(clean))) {
            throw new ValidationException(List.of(FieldError.of("currency", "acquisition.validation.currency", clean)));
        }
        settings.put(CURRENCY, clean);
    }
}
