package dev.rapport.platform.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side protections every response carries, set before the page or resource is written:
 * <ul>
 * <li>a Content-Security-Policy that lets only this origin's scripts, styles, fonts and connections in, forbids
 * framing by other sites, plugins ({@code object-src}) and foreign form targets. Vaadin needs {@code 'unsafe-inline'}
 * for styles (components set inline styles) and for scripts (its bootstrap page holds inline start-up code), and
 * {@code 'unsafe-eval'} for scripts ({@code executeJs} runs through {@code new Function}); images may also be
 * {@code data:} and {@code blob:} URLs (icons, downloads);</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (older browsers),
 * {@code Referrer-Policy: same-origin} (no customer URL leaks to other sites) and a Permissions-Policy that denies
 * camera, microphone, geolocation, payment and USB;</li>
 * <li>{@code Strict-Transport-Security} (one year) on a secure request: TLS at this server, or at a trusted proxy
 * that said so (see {@link TrustedProxies}).</li>
 * </ul>
 */
public final class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
