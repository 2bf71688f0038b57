package dev.rapport.platform.webhook;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.PluginEvent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The event type names webhooks are subscribed to: {@code <source>.<simple class name>}, as the SDK names them
 * ({@code kernel.InteractionLogged}, {@code acquisition.LeadConverted}); a subscription lists names or patterns
 * ({@code *} for every event, {@code <source>.*} for every event of one source).
 */
public final class WebhookEventTypes {

    public static final String ALL = "*";
    private static final String KERNEL = "kernel";
    private static final Pattern VALID = Pattern.compile("\\*|[a-z0-9][a-z0-9-]{0,62}\\.(\\*|[A-Z][A-Za-z0-9]{0,99})");

    private WebhookEventTypes() {
    }

    /** The kernel's event type names, for pick lists. */
    public static List<String> kernelTypes() {
        return Arrays.stream(DomainEvent.class.getPermittedSubclasses()).filter(Class::isRecord)
                .map(type -> name(KERNEL, type)).sorted().toList();
    }

    /** The name of events of class {@code type} published by {@code source} ({@code kernel} or a plugin id). */
    public static String name(String source, Class<?> type) {
        return source + "." + type.getSimpleName();
    }

    /** Whether {@code pattern} is a type name or pattern a subscription may hold. */
    static boolean isValid(String pattern) {
        return pattern != null && VALID.matcher(pattern).matches();
    }

    /**
     * Whether {@code pattern} names one kernel event that does not exist ({@code kernel.InteractionLoged}): a
     * subscription to it would never receive anything. A plugin's names are not checked, as the plugin may be
     * installed later.
     */
    static boolean isUnknownKernelType(String pattern) {
        return pattern.startsWith(KERNEL + ".") && !pattern.equals(KERNEL + ".*") && !kernelTypes().contains(pattern);
    }

    /** Whether any of {@code patterns} matches the event type {@code typeName}. */
    static boolean matches(Collection<String> patterns, String typeName) {
        String source = typeName.substring(0, typeName.indexOf('.'));
        return patterns.stream().anyMatch(pattern -> pattern.equals(ALL) || pattern.equals(typeName)
                || pattern.equals(source + ".*"));
    }

    /**
     * Whether events of class {@code type} may match {@code patterns}. A plugin's event class does not say which
     * plugin published it, so every plugin event may: the exact check is made on each event with its source.
     */
    static boolean mayMatch(Collection<String> patterns, Class<? extends DomainEvent> type) {
        if (PluginEvent.class.isAssignableFrom(type)) {
            return patterns.stream().anyMatch(pattern -> !pattern.startsWith(KERNEL + "."));
        }
        return matches(patterns, name(KERNEL, type));
    }
}
