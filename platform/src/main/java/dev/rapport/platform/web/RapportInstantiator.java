package dev.rapport.platform.web;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.rapport.platform.ServiceRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Creates views and components with constructor injection: a class whose only public constructor takes
 * parameters gets each one from the {@link ServiceRegistry}. Classes with a no-argument constructor are
 * created as Vaadin always does.
 */
final class RapportInstantiator extends DefaultInstantiator {

    private final ServiceRegistry services;

    RapportInstantiator(VaadinService service, ServiceRegistry services) {
        super(service);
        this.services = services;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        var registered = services.find(type);
        if (registered.isPresent()) {
            return registered.get();
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length == 1 && constructors[0].getParameterCount() > 0) {
            return type.cast(construct(constructors[0]));
        }
        return super.getOrCreate(type);
    }

    private Object construct(Constructor<?> constructor) {
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(services::require).toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getName(), e);
        }
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(new SessionSetup(services)));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return services.require(I18NProvider.class);
    }
}
