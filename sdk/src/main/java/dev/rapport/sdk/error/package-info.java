/**
 * The exceptions the platform's services throw for refused input, lost optimistic-locking races and missing
 * records. They are unchecked; plugin code catches them where it can tell the user something useful.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.error;
