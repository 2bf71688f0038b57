package dev.rapport.platform.webhook;

import dev.rapport.sdk.error.FieldError;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may receive webhooks. A receiver is an absolute http or https URL with a host, a port from 1 to 65535 if
 * any, and without credentials or fragment. Unless {@code webhooks.allow.private.addresses} is on, its host must
 * resolve only to public addresses (not loopback, private, link-local, unique-local, carrier-grade NAT, benchmarking,
 * reserved, multicast, broadcast or unspecified ones, nor an IPv6 address that embeds such an IPv4 address: IPv4-
 * compatible, IPv4-mapped, NAT64 or 6to4), checked when the subscription is saved and again before every request, so
 * that a webhook cannot be aimed at the services behind the firewall or a cloud's metadata service (server-side
 * request forgery), also not by a name that resolves differently later.
 */
public final class WebhookUrlPolicy {

    static final int MAX_LENGTH = 2000;
    private static final int MAX_PORT = 65_535;

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
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null || uri.getPort() == 0
                || uri.getPort() > MAX_PORT) {
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
        return bytes.length == 4 ? isPrivateV4(bytes) : isPrivateV6(bytes);
    }

    private static boolean isPrivateV4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        int third = bytes[2] & 0xff;
        return first == 0 || first == 10 || first == 127 // "this network", private, loopback
                || first == 100 && second >= 64 && second < 128 // carrier-grade NAT, Alibaba's metadata service
                || first == 169 && second == 254 || first == 172 && second >= 16 && second < 32
                || first == 192 && second == 168
                || first == 192 && second == 0 && third == 0 // IETF protocol assignments
                || first == 198 && (second == 18 || second == 19) // benchmarking
                || first >= 224; // multicast, reserved, broadcast
    }

    /** fc00::/7 unique local, and IPv6 forms that carry an IPv4 address a host may route to its IPv4 network. */
    private static boolean isPrivateV6(byte[] bytes) {
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= bytes[i] == 0;
        }
        boolean compatibleOrMapped = firstTenZero && (bytes[10] == bytes[11]) && (bytes[10] == 0 || bytes[10] == -1);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
        if (compatibleOrMapped || nat64) {
            return isPrivateV4(Arrays.copyOfRange(bytes, 12, 16));
        }
        boolean sixToFour = bytes[0] == 0x20 && bytes[1] == 0x02;
        return sixToFour && isPrivateV4(Arrays.copyOfRange(bytes, 2, 6));
    }
}
