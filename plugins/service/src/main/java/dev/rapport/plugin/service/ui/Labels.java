package dev.rapport.plugin.service.ui;

import dev.rapport.sdk.ui.EnumLabels;

/** This plugin's enum labels: the key of a constant is {@code service.enum.<SimpleClassName>.<CONSTANT>}. */
public final class Labels {

    public static final EnumLabels LABELS = new EnumLabels("service.enum.");

    private Labels() {
    }
}
