package dev.rapport.platform.api;

import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.security.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/**
 * The authenticated caller of an API request, as the {@link SecurityContext} that {@link ApiGate} sets: resources
 * take it with {@code @Context SecurityContext} and act as {@link #actor}.
 */
public record CallerContext(AccessTokens.Caller caller, boolean secure) implements SecurityContext, Principal {

    /** The user the calling token acts as. */
    public static Actor actor(SecurityContext context) {
        return caller(context).actor();
    }

    public static AccessTokens.Caller caller(SecurityContext context) {
        if (context.getUserPrincipal() instanceof CallerContext found) {
            return found.caller();
        }
        throw new IllegalStateException("An API resource ran without an authenticated caller");
    }

    @Override
    public Principal getUserPrincipal() {
        return this;
    }

    /** Whether the caller's role is {@code role} or stronger, as everywhere else in the product ({@link Actor#has}). */
    @Override
    public boolean isUserInRole(String role) {
        return Arrays.stream(Role.values()).anyMatch(known -> known.name().equals(role) && caller.actor().has(known));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }

    @Override
    public String getName() {
        return caller.actor().displayName();
    }
}
