package dev.rapport.platform.web;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.rapport.platform.ConstructorInjection;
import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.plugin.PluginViews;
import java.util.stream.Stream;

/**
 * Creates views and components with constructor injection: a class whose only public constructor takes
 * parameters gets each one from the {@link ServiceRegistry}. Classes with a no-argument constructor are
 * created as Vaadin always does. Public for server-side UI tests (Karibu-Testing's mock service), which must create
 * views as the platform does.
 */
public final class RapportInstantiator extends DefaultInstantiator {

    private final ServiceRegistry services;

    public RapportInstantiator(VaadinService service, ServiceRegistry services) {
        super(service);
        this.services = services;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        var registered = services.find(type);
        if (registered.isPresent()) {
            return registered.get();
        }
        var plugin = services.find(PluginViews.class).flatMap(views -> views.pluginClass(type));
        if (plugin.isPresent()) {
            return createForPlugin(type, plugin.get());
        }
        if (ConstructorInjection.wantsInjection(type)) {
            return ConstructorInjection.create(type, parameter -> services.find(parameter).map(Object.class::cast));
        }
        return super.getOrCreate(type);
    }

    /** A plugin's view or component: any failure is the plugin's, reported, and shown as a plugin failure. */
    private <T> T createForPlugin(Class<T> type, PluginViews.PluginClass plugin) {
        try {
            return ConstructorInjection.wantsInjection(type)
                    ? ConstructorInjection.create(type, plugin.arguments())
                    : super.getOrCreate(type);
        } catch (RuntimeException | LinkageError e) {
            services.find(PluginViews.class).ifPresent(views -> views.failed(plugin.pluginId(), "view " + type.getName(), e));
            throw new PluginFailureException(plugin.pluginId(), e);
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
