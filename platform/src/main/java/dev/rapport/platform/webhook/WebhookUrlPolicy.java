package dev.rapport.platform.webhook;

import dev.rapport.sdk.error.FieldError;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may receive webhooks. A receiver is an absolute http or https URL with a host and without credentials.
 * Unless {@code webhooks.allow.private.addresses} is on, its host must resolve only to public addresses (not loopback,
 * private, link-local, unique-local, carrier-grade NAT, multicast or unspecified ones), checked when the subscription
 * is saved and again before every request, so that a webhook cannot be aimed at the services behind the firewall
 * (server-side request forgery), also not by a name that resolves differently later.
 */
public final class WebhookUrlPolicy {

    static final int MAX_LENGTH = 2000;

    /** Resolves a host's addresses; replaced in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookUrlPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookUrlPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The problem with {@code url} for the field {@code field}, if any. */
    Optional<FieldError> check(String field, String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(FieldError.of(field, "validation.required"));
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of(FieldError.of(field, "validation.tooLong", MAX_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of(FieldError.of(field, "validation.webhookUrl", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of(FieldError.of(field, "validation.webhookUrl", url));
        }
        return refusedAddress(uri.getHost()).map(address -> FieldError.of(field, "validation.webhookPrivateAddress",
                uri.getHost(), address));
    }

    /**
     * The private address {@code host} resolves to, when private addresses are not allowed; empty when the host may
     * be called. A host that does not resolve is refused as {@code unresolved}.
     */
    Optional<String> refusedAddress(String host) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : resolver.resolve(bare)) {
                if (isPrivate(address)) {
                    return Optional.of(address.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unresolved");
        }
    }

    private static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8 "this network"
            return first == 0 || first == 100 && second >= 64 && second < 128;
        }
        // fc00::/7 unique local addresses
        return (bytes[0] & 0xfe) == 0xfc;
    }
}
