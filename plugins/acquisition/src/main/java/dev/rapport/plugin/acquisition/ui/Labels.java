package dev.rapport.plugin.acquisition.ui;

import dev.rapport.sdk.ui.EnumLabels;

/** This plugin's enum labels: the key of a constant is {@code acquisition.enum.<SimpleClassName>.<CONSTANT>}. */
public final class Labels {

    public static final EnumLabels LABELS = new EnumLabels("acquisition.enum.");

    private Labels() {
    }
}
