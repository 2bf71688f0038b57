/**
 * Paging helpers for screens that list large tables with keyset pagination.
 *
 * @since 1.2.0
 */
package dev.rapport.sdk.paging;
