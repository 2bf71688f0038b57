package dev.rapport.platform.web;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import dev.rapport.platform.ServiceRegistry;

/**
 * Karibu-Testing's mock servlet with the platform's {@link RapportInstantiator}, as {@link RapportServlet} has:
 * views get their constructor parameters from {@code services}, translations come from its I18NProvider and
 * {@link SessionSetup} prepares every session. Lives in this package because the instantiator is package-private.
 */
public final class MockRapportServlet extends MockVaadinServlet {

    private final transient ServiceRegistry services;

    public MockRapportServlet(Routes routes, ServiceRegistry services) {
        super(routes, MockedUI::new);
        this.services = services;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MockService service = new MockService(this, configuration, getUiFactory()) {
            @Override
            protected Instantiator createInstantiator() {
                return new RapportInstantiator(this, services);
            }
        };
        service.init();
        getRoutes().register(service.getContext());
        return service;
    }
}
