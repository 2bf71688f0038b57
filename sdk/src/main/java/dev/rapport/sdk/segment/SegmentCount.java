package dev.rapport.sdk.segment;

/**
 * How many customers a segment holds, counted up to a bound so that a count never scans a million rows:
 * exact below the bound, "at least" the bound above it.
 *
 * @param value the number of members, or the bound when {@code atLeast}
 * @param atLeast whether the segment holds {@code value} or more members
 * @since 1.3.0
 */
public record SegmentCount(long value, boolean atLeast) {

    /**
     * The count for showing, e.g. {@code 42} or {@code 10000+} (format the number yourself for a locale).
     *
     * @return the text
     */
    public String display() {
        return atLeast ? value + "+" : Long.toString(value);
    }
}
