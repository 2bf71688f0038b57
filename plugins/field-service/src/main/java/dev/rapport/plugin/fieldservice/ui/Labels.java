package dev.rapport.plugin.fieldservice.ui;

import dev.rapport.sdk.ui.EnumLabels;

/** The plugin's enum labels ({@code fieldservice.enum.<Type>.<VALUE>}). */
public final class Labels {

    public static final EnumLabels LABELS = new EnumLabels("fieldservice.enum.");

    private Labels() {
    }
}
