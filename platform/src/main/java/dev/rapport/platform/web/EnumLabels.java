package dev.rapport.platform.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;

/** Translated labels of enum constants: the key is {@code enum.<SimpleClassName>.<CONSTANT>}. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** A label generator for selects and combo boxes inside {@code component}. */
    public static <E extends Enum<E>> ItemLabelGenerator<E> of(Component component) {
        return value -> value == null ? "" : component.getTranslation(key(value));
    }
}
