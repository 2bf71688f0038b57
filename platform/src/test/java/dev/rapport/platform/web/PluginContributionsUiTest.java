package dev.rapport.platform.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteConfiguration;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.plugin.PluginViews;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerTab;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a plugin contributes to the UI comes and goes while the application runs: routes, menu entries and
 * customer tabs appear when registered and disappear when removed; a failing view or tab stays contained.
 * (The plugin runtime registers them from real plugins; the tests in distribution cover that end to end.)
 */
class PluginContributionsUiTest {

    private static final String PLUGIN = "test-plugin";

    /** A view a plugin would contribute. */
    public static class HelloPluginView extends VerticalLayout {
        public HelloPluginView() {
            add(new Span("Hello from a plugin"));
        }
    }

    /** A plugin view that fails in its constructor. */
    public static class BrokenPluginView extends VerticalLayout {
        public BrokenPluginView() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Pretends that {@link BrokenPluginView} belongs to a plugin, as the plugin host would tell. */
    private static final class FakePluginViews implements PluginViews {
        String failedPlugin;

        @Override
        public Optional<PluginClass> pluginClass(Class<?> type) {
            return type == BrokenPluginView.class
                    ? Optional.of(new PluginClass(PLUGIN, parameter -> Optional.empty())) : Optional.empty();
        }

        @Override
        public void failed(String pluginId, String what, Throwable error) {
            failedPlugin = pluginId;
        }
    }

    private final FakePluginViews pluginViews = new FakePluginViews();

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(PluginViews.class, pluginViews));

    private List<String> menuPaths() {
        MockVaadin.clientRoundtrip(false);
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void aRegisteredRouteAndMenuEntryAppearAndDisappearWithoutRestart() {
        ui.open("customers");
        assertThat(menuPaths()).doesNotContain(PLUGIN);

        ui.routes().register(PLUGIN, List.of(new PluginRouteRegistrar.Route(PLUGIN, HelloPluginView.class)));
        ui.navigation().add(new NavigationRegistry.MenuEntry(PLUGIN + ".main", "nav.customers", "vaadin:cog", PLUGIN, 100, PLUGIN, null));

        assertThat(menuPaths()).contains(PLUGIN);
        ui.open(PLUGIN);
        assertThat(_get(Span.class, spec -> spec.withText("Hello from a plugin"))).isNotNull();

        ui.routes().unregister(PLUGIN);
        ui.navigation().removeOwnedBy(PLUGIN);

        assertThat(menuPaths()).doesNotContain(PLUGIN);
        assertThat(ui.routes().isRegistered(PLUGIN)).isFalse();
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(PLUGIN)).isFalse();
    }

    @Test
    void aPluginViewThatThrowsShowsThePluginFailurePageAndIsReported() {
        ui.routes().register(PLUGIN, List.of(new PluginRouteRegistrar.Route(PLUGIN + "/broken", BrokenPluginView.class)));

        ui.open(PLUGIN + "/broken");

        _get(PluginFailureView.class);
        assertThat(pluginViews.failedPlugin).isEqualTo(PLUGIN);
        ui.open("customers");
        assertThat(menuPaths()).contains("customers");
    }

    @Test
    void pluginTabsShowOnThe360ViewAndAFailingTabIsContained() {
        Customer customer = ui.kernel().customers.create(person("Tab", unique("Plugin")), ui.actor());
        ui.pluginTabs().add(PLUGIN, tab("nav.products", info -> new Span("Tab for " + info.displayName())));
        ui.pluginTabs().add(PLUGIN, tab("nav.customers", info -> {
            throw new IllegalStateException("tab broken on purpose");
        }));

        ui.open("customers/" + customer.id());

        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("Products", "Customers");
        select("Products");
        assertThat(_get(Span.class, spec -> spec.withText("Tab for " + customer.displayName()))).isNotNull();
        select("Customers");
        assertThat(_get(Span.class, spec -> spec.withClasses("plugin-tab-failed")).getText()).contains(PLUGIN);
        assertThat(ui.pluginHealth().of(PLUGIN)).hasValueSatisfying(failures -> assertThat(failures.count()).isEqualTo(1));

        ui.pluginTabs().removeOwnedBy(PLUGIN);
        ui.open("customers");
        ui.open("customers/" + customer.id());
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).doesNotContain("Products");
    }

    private static void select(String label) {
        _get(TabSheet.class).setSelectedTab(_find(Tab.class).stream().filter(tab -> tab.getLabel().equals(label)).findFirst().orElseThrow());
    }

    private static CustomerTab tab(String labelKey, Function<CustomerInfo, Component> content) {
        return new CustomerTab() {
            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public Component createContent(CustomerInfo customer) {
                return content.apply(customer);
            }
        };
    }
}
