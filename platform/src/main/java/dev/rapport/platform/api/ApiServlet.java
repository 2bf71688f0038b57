package dev.rapport.platform.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jersey's servlet, which forgets the request's {@link CurrentCaller} when the request ends, however it ends. */
final class ApiServlet extends ServletContainer {

    ApiServlet(ResourceConfig application) {
        super(application);
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } finally {
            CurrentCaller.clear();
        }
    }
}
