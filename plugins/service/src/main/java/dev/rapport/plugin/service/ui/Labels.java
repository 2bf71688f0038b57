package dev.rapport.plugin.service.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Span;

/** Translated labels of enum constants: the key is {@code service.enum.<SimpleClassName>.<CONSTANT>}. */
public final class Labels {

    private Labels() {
    }

    public static String key(Enum<?> value) {
        return "service.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static String of(Component context, Enum<?> value) {
        return value == null ? "" : context.getTranslation(key(value));
    }

    /** A label generator for selects and combo boxes inside {@code context}. */
    public static <E extends Enum<E>> ItemLabelGenerator<E> generator(Component context) {
        return value -> of(context, value);
    }

    /** A Lumo badge showing {@code value}'s label. */
    public static Span badge(Component context, Enum<?> value, String variant) {
        Span badge = new Span(of(context, value));
        badge.getElement().getThemeList().add("badge " + variant);
        return badge;
    }
}
