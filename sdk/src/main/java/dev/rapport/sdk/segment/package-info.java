/**
 * Saved customer segments, shared by every plugin: a filter over customer fields, tags, products held and facets
 * that plugins contribute; list, count (bounded) and read members page by page.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.segment;
