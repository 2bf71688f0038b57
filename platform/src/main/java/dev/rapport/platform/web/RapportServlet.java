package dev.rapport.platform.web;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import dev.rapport.platform.ServiceRegistry;

/** The Vaadin servlet of the platform: its views are created by {@link RapportInstantiator}. */
public final class RapportServlet extends VaadinServlet {

    private final transient ServiceRegistry services;

    public RapportServlet(ServiceRegistry services) {
        this.services = services;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new RapportInstantiator(this, services);
            }
        };
        service.init();
        return service;
    }
}
