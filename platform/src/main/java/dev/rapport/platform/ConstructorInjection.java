package dev.rapport.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Creates objects through their only public constructor, each parameter resolved by type. Used for views,
 * plugins and plugin extensions; there is no other dependency injection in the platform.
 */
public final class ConstructorInjection {

    private ConstructorInjection() {
    }

    /** Whether {@code type} has exactly one public constructor, and it takes parameters. */
    public static boolean wantsInjection(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        return constructors.length == 1 && constructors[0].getParameterCount() > 0;
    }

    /**
     * Creates {@code type} with the arguments {@code resolver} finds.
     *
     * @throws IllegalStateException if a parameter cannot be resolved or the class has no single public
     *         constructor; a RuntimeException the constructor throws is passed on unchanged
     */
    public static <T> T create(Class<T> type, Function<Class<?>, Optional<Object>> resolver) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " must have exactly one public constructor");
        }
        Constructor<?> constructor = constructors[0];
        Class<?>[] parameterTypes = constructor.getParameterTypes();
        Object[] arguments = new Object[parameterTypes.length];
        for (int i = 0; i < parameterTypes.length; i++) {
            Class<?> parameterType = parameterTypes[i];
            arguments[i] = resolver.apply(parameterType).orElseThrow(() -> new IllegalStateException(
                    "Cannot create " + type.getName() + ": nothing provides a " + parameterType.getName()));
        }
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }
}
