package dev.rapport.platform.web.security;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpScheme;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Believes forwarding headers only from the reverse proxies named in {@code http.trusted.proxies}. For a request
 * that comes from one of them, the client's address is the nearest address in {@code X-Forwarded-For} that is not a
 * trusted proxy itself (read from the right: the left part is whatever the client sent and proves nothing), and
 * {@code X-Forwarded-Proto: https} makes the request secure (HTTPS scheme: secure session cookie, HSTS). Any other
 * request keeps the connection's address and scheme, whatever headers it carries, so nobody can pretend to be
 * another address to dodge or turn sign-in throttling against someone. A Jetty customizer: every servlet, filter
 * and {@code getRemoteAddr()} sees the result. Stateless and thread-safe.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {

    private final Set<String> proxies;

    private TrustedProxies(Set<String> proxies) {
        this.proxies = Set.copyOf(proxies);
    }

    /** The proxies of a comma-separated list of IP addresses (blank: none). */
    public static TrustedProxies of(String commaSeparated) {
        return new TrustedProxies(Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toSet()));
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        String connectedFrom = addressOf(request.getConnectionMetaData().getRemoteSocketAddress());
        if (!proxies.contains(connectedFrom)) {
            return request;
        }
        String client = clientAddress(connectedFrom, request.getHeaders().getValuesList("X-Forwarded-For"));
        boolean tls = lastValue(request.getHeaders().getValuesList("X-Forwarded-Proto")).equalsIgnoreCase("https");
        InetSocketAddress clientSocket = InetSocketAddress.createUnresolved(client, 0);
        HttpURI uri = tls ? HttpURI.build(request.getHttpURI()).scheme(HttpScheme.HTTPS).asImmutable()
                : request.getHttpURI();
        ConnectionMetaData metaData = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return clientSocket;
            }

            @Override
            public boolean isSecure() {
                return tls || super.isSecure();
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return metaData;
            }

            @Override
            public HttpURI getHttpURI() {
                return uri;
            }

            @Override
            public boolean isSecure() {
                return tls || super.isSecure();
            }
        };
    }

    /**
     * The client's address: walking {@code X-Forwarded-For} from the right, the first address that is not a trusted
     * proxy; all of them trusted (or none given), the leftmost one, or the proxy itself.
     */
    String clientAddress(String connectedFrom, List<String> forwardedFor) {
        List<String> hops = forwardedFor.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(hop -> !hop.isEmpty()).toList();
        String client = connectedFrom;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!proxies.contains(client)) {
                break;
            }
        }
        return client;
    }

    private static String lastValue(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        String[] parts = values.getLast().split(",");
        return parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
    }

    private static String addressOf(SocketAddress socket) {
        if (socket instanceof InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress();
        }
        return String.valueOf(socket);
    }
}
