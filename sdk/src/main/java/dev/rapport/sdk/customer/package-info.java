/**
 * Customers, contact persons, products and transactions as plugins read them.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.customer;
