package dev.rapport.testkit;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.RapportInstantiator;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Server-side UI tests of the plugin's views, dialogs and customer tabs without a browser (Karibu-Testing): before
 * each test a fresh mocked Vaadin session and UI, in English, whose views are created as in production (constructor
 * injection from the platform's services and the plugin's context), with the kernel's routes and the plugin's routes
 * registered in that session's route registry; torn down after the test.
 *
 * <pre>{@code
 * @RegisterExtension static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
 * @RegisterExtension final KaribuUi ui = kernel.karibuUi();
 *
 * @Test void managersSeeTheVisits() {
 *     kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
 *     ui.open("visit-reports/visits");
 *     assertThat(LocatorJ._get(Grid.class).getGenericDataView().getItems()).isNotEmpty();
 * }
 * }</pre>
 *
 * The user {@link RapportKernel#signIn signed in} is the session's user; nobody is signed in at the start. No view is
 * open at the start either: a test stores its data, signs in, then {@link #open opens} an address.
 *
 * @since 1.3.0
 */
public final class KaribuUi implements BeforeEachCallback, AfterEachCallback {

    /** The kernel's views: discovering them scans the platform's classes, once per JVM. */
    private static Routes kernelRoutes;
    private final RapportKernel kernel;

    KaribuUi(RapportKernel kernel) {
        this.kernel = kernel;
    }

    private static synchronized Routes kernelRoutes() {
        if (kernelRoutes == null) {
            kernelRoutes = new Routes().autoDiscoverViews("dev.rapport.platform");
        }
        return kernelRoutes;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ServiceRegistry services = kernel.kernel().services();
        MockVaadin.setup(MockedUI::new, new Servlet(kernelRoutes(), services));
        signedIn(RunningKernel.SIGNED_IN.get());
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockVaadin.tearDown();
    }

    /** Navigates to {@code location} (path and query, no leading slash), as if typed into the address bar. */
    public void open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    /** Makes {@code actor} (null: nobody) the user of the current mocked session, if there is one. */
    static void signedIn(Actor actor) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Actor.class, actor);
        }
    }

    /** Karibu's servlet with the platform's instantiator, as the platform's servlet has. */
    private static final class Servlet extends MockVaadinServlet {

        private final transient ServiceRegistry services;

        Servlet(Routes routes, ServiceRegistry services) {
            super(routes, MockedUI::new);
            this.services = services;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
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
}
