/**
 * Files attached to a plugin's records ({@link dev.rapport.sdk.document.Documents}): the kernel checks their size and
 * their type by content, stores them with a checksum in the installation's data folder, and deletes them with the
 * customer they belong to. The same storage holds the files people attach to customers on the 360° view.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.document;
