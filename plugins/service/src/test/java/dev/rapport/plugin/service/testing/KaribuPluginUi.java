package dev.rapport.plugin.service.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Server-side UI tests of the plugin's views and dialogs (Karibu-Testing): a mocked Vaadin session and UI in English
 * before each test, with the plugin's texts as the platform's translation provider would give them.
 */
public final class KaribuPluginUi implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        MockVaadin.setup(MockedUI::new, new PluginMockServlet());
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockVaadin.tearDown();
    }

    /** Karibu's servlet with a translation provider over the plugin's bundle. */
    private static final class PluginMockServlet extends MockVaadinServlet {

        PluginMockServlet() {
            super(new Routes(), MockedUI::new);
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            MockService service = new MockService(this, configuration, getUiFactory()) {
                @Override
                protected Instantiator createInstantiator() {
                    return new DefaultInstantiator(this) {
                        @Override
                        public I18NProvider getI18NProvider() {
                            return new PluginTexts();
                        }
                    };
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }

    private static final class PluginTexts implements I18NProvider {

        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH, Locale.GERMAN);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return FakeKernel.translations().get(locale, key, params);
        }
    }
}
