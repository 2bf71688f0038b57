package dev.rapport.platform.customer.importing;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/**
 * Values for every row whose own cell is empty or whose column is not mapped.
 *
 * @param kind null: an organisation when the row has an organisation name, else a person
 * @param ownerId the owner when the row names none; null for no owner
 * @param countryCode the country of addresses without one (ISO 3166 alpha-2), and so the region the row's
 *                    phone numbers without + are read in; null for none
 */
public record ImportDefaults(CustomerKind kind, LifecycleStage stage, Long ownerId, String preferredLanguage,
                             String currency, String timeZone, String countryCode) {
}
