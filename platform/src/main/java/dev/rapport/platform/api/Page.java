package dev.rapport.platform.api;

import java.util.List;

/**
 * One page of a list: its items and the cursor of the next page, null on the last one.
 *
 * @param <T> the items' type
 */
public record Page<T>(List<T> items, String next) {
}
