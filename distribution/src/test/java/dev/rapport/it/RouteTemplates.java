package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.platform.web.security.PublicView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The route templates of a running server, the kernel's and every started plugin's, so that browser tests that must
 * visit every page (sign-in required, accessibility) cannot forget one added later.
 */
final class RouteTemplates {

    /** A route parameter, as in {@code customers/:customerId(\d+)/edit}. */
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)(\\([^/]*\\))?[?*]?");

    private RouteTemplates() {
    }

    /** The templates (aliases included) of the running server, split into the public pages and the others. */
    static Map<Boolean, Set<String>> byPublic(RapportServer server) {
        List<RouteData> routes = server.platform().services().require(PluginRouteRegistrar.class).allRoutes();
        Set<String> open = new TreeSet<>();
        Set<String> protectedOnes = new TreeSet<>();
        for (RouteData route : routes) {
            Set<String> target = route.getNavigationTarget().isAnnotationPresent(PublicView.class) ? open : protectedOnes;
            Stream.concat(Stream.of(route.getTemplate()), route.getRouteAliases().stream().map(alias -> alias.getTemplate()))
                    .forEach(target::add);
        }
        return Map.of(true, open, false, protectedOnes);
    }

    /** {@code template} with each parameter replaced by its value in {@code values}; a missing one fails the test. */
    static String path(String template, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = values.get(parameter.group(1));
            assertThat(value).as("a plausible value for the parameter %s of the route %s: add one to this test",
                    parameter.group(1), template).isNotNull();
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }
}
