/**
 * The interaction log: reading and appending contacts with customers.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.interaction;
