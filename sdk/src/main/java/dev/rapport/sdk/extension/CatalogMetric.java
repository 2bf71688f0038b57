package dev.rapport.sdk.extension;

import java.util.Objects;
import java.util.Optional;

/**
 * A metric as the {@link MetricCatalog} lists it.
 *
 * @param id the full id, {@code <source>/<metric-id>}
 * @param source {@link MetricCatalog#KERNEL} or the id of the plugin that contributes it
 * @param labelKey the i18n key of its name (any plugin's key resolves through the kernel's translations)
 * @param definitionKey the i18n key of what it measures and how, if its author wrote one
 * @param unit {@code %}, {@code count}, {@code days} or an ISO 4217 currency code (see {@link ScorecardMetric#unit()})
 * @param direction whether a higher value is better
 * @param offersRecords whether {@link MetricCatalog#records} can list the records behind a value
 * @since 1.3.0
 */
public record CatalogMetric(String id, String source, String labelKey, Optional<String> definitionKey, String unit,
                            MetricDirection direction, boolean offersRecords) {

    public CatalogMetric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(definitionKey, "definitionKey");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
    }
}
