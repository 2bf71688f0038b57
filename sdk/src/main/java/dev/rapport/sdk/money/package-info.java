/**
 * Money across currencies: exact amounts ({@link dev.rapport.sdk.money.Money}) and their conversion at a date by
 * the kernel's exchange rates ({@link dev.rapport.sdk.money.CurrencyConverter}), which answers with a
 * {@link dev.rapport.sdk.money.Conversion} that says when no rate is known instead of guessing.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.money;
