package dev.rapport.plugin.upsell.trigger;

import java.math.BigDecimal;

/** A rule's record: how often it acted, how many of those ended in a sale, and the revenue (reporting currency). */
public record RuleStats(int firings, int conversions, BigDecimal revenue) {

    public static final RuleStats NONE = new RuleStats(0, 0, BigDecimal.ZERO);
}
