package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;

/** Reads of what the company has: its products and its users (never a password or a token). */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public final class CatalogueResource {

    private final ProductCatalog products;
    private final UserDirectory users;

    public CatalogueResource(ProductCatalog products, UserDirectory users) {
        this.products = products;
        this.users = users;
    }

    /** A user as the API shows them. */
    public record UserView(long id, String username, String displayName, String email, Role role,
                           Set<Long> departmentIds, boolean active) {

        static UserView of(User user) {
            return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.role(),
                    user.departmentIds(), user.active());
        }
    }

    @GET
    @Path("products")
    public List<Product> products() {
        return products.all();
    }

    @GET
    @Path("products/{id}")
    public Product product(@PathParam("id") long id) {
        return products.find(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    /** Every user, also deactivated ones, by name (a company has hundreds at most). */
    @GET
    @Path("users")
    public List<UserView> users() {
        return users.allUsers().stream().map(UserView::of).toList();
    }

    @GET
    @Path("users/me")
    public UserView me(@Context SecurityContext caller) {
        return user(CallerContext.actor(caller).userId());
    }

    @GET
    @Path("users/{id}")
    public UserView user(@PathParam("id") long id) {
        return users.find(id).map(UserView::of).orElseThrow(() -> new NotFoundException("User", id));
    }
}
