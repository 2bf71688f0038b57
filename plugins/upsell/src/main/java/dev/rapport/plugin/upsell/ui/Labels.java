package dev.rapport.plugin.upsell.ui;

import dev.rapport.sdk.ui.EnumLabels;

/** The plugin's enum labels, keyed {@code upsell.enum.<Enum>.<CONSTANT>}. */
public final class Labels {

    public static final EnumLabels LABELS = new EnumLabels("upsell.enum.");

    private Labels() {
    }
}
