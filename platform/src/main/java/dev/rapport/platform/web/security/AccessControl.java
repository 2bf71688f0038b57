package dev.rapport.platform.web.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.plugin.PluginViews;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import java.util.Optional;

/**
 * Decides every navigation: without a signed-in user only {@link PublicView}s open (others lead to the
 * sign-in page, which returns there afterwards); a user who must change their password goes to the account
 * page first; a view needing a stronger role ({@link RequiresRole}, or a plugin menu entry's role), or a
 * plugin none of the user's departments uses, or a plugin route needing a permission the user lacks, shows the access-denied page at the same address.
 */
public final class AccessControl implements BeforeEnterListener {

    /** Session attribute: where to go after signing in. */
    static final String TARGET_AFTER_SIGN_IN = AccessControl.class.getName() + ".target";

    private final PluginViews plugins;
    private final ModuleAccess modules;
    private final NavigationRegistry navigation;
    private final UserDirectory users;
    private final PluginPermissions permissions;

    public AccessControl(PluginViews plugins, ModuleAccess modules, NavigationRegistry navigation, UserDirectory users,
                         PluginPermissions permissions) {
        this.permissions = permissions;
        this.plugins = plugins;
        this.modules = modules;
        this.navigation = navigation;
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        // Fresh from the directory on every navigation: a changed role applies at once, a deactivated user is out.
        Optional<Actor> actor = WebSession.currentActor().flatMap(signedIn -> users.actorOf(signedIn.userId()));
        if (actor.isEmpty() && WebSession.currentActor().isPresent()) {
            // Their session ends (every tab of it); the browser loads the sign-in page anew, in a new session:
            // a sign-in page shown in the ended session would lose the first attempt to sign in.
            WebSession.signOut();
            event.getUI().getPage().setLocation("login");
            event.forwardTo(LoginView.class);
            return;
        }
        actor.ifPresent(WebSession::refresh);
        if (actor.isEmpty()) {
            VaadinSession.getCurrent().setAttribute(TARGET_AFTER_SIGN_IN, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        if (WebSession.mustChangePassword() && target != AccountView.class) {
            event.forwardTo(AccountView.class);
            return;
        }
        denial(target, event.getLocation(), actor.get()).ifPresent(reason ->
                event.rerouteToError(new AccessDeniedException(reason), reason));
    }

    /** Why {@code actor} may not open {@code target} at {@code location}, or empty when they may. */
    Optional<String> denial(Class<?> target, Location location, Actor actor) {
        RequiresRole required = target.getAnnotation(RequiresRole.class);
        if (required != null && !actor.has(required.value())) {
            return Optional.of("needs the role " + required.value());
        }
        var plugin = plugins.pluginClass(target);
        if (plugin.isPresent()) {
            String pluginId = plugin.get().pluginId();
            if (!modules.isEnabledFor(pluginId, actor)) {
                return Optional.of("the module " + pluginId + " is not used by your departments");
            }
            Optional<Role> menuRole = navigation.requiredRoleOf(location.getPath());
            if (menuRole.isPresent() && !actor.has(menuRole.get())) {
                return Optional.of("needs the role " + menuRole.get());
            }
            Optional<String> permission = permissions.requiredFor(target);
            if (permission.isPresent() && !permissions.has(actor, permission.get())) {
                return Optional.of("needs the permission " + permission.get());
            }
        }
        return Optional.empty();
    }
}
