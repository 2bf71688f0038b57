package dev.rapport.sdk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;

/**
 * Translated labels of a plugin's enum constants, so that every select, grid column and badge names a status the
 * same way in the user's language. The key of a constant is {@code <prefix><SimpleClassName>.<CONSTANT>}, e.g.
 * {@code service.enum.RequestStatus.OPEN} for the prefix {@code service.enum.}; the plugin's message bundles hold
 * the texts. A missing key shows as the key itself (Vaadin's behaviour), which the plugin's bundle-completeness test
 * catches.
 *
 * <p>Instances are immutable and thread-safe: keep one per plugin in a constant. Call the methods that take a
 * component on the UI thread.
 *
 * @since 1.3.0
 */
public final class EnumLabels {

    private final String prefix;

    /** Labels whose keys start with {@code prefix} (usually {@code "<plugin>.enum."}). */
    public EnumLabels(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** The message key of {@code value}. */
    public String key(Enum<?> value) {
        return prefix + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The label of {@code value} in {@code context}'s language; empty for null. */
    public String of(Component context, Enum<?> value) {
        return value == null ? "" : context.getTranslation(key(value));
    }

    /** A label generator for selects and combo boxes inside {@code context}. */
    public <E extends Enum<E>> ItemLabelGenerator<E> generator(Component context) {
        return value -> of(context, value);
    }

    /** A Lumo badge showing {@code value}'s label with the theme {@code variant} (e.g. "success", "error"). */
    public Span badge(Component context, Enum<?> value, String variant) {
        Span badge = new Span(of(context, value));
        badge.getElement().getThemeList().add("badge " + variant);
        return badge;
    }
}
