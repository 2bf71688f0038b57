package dev.rapport.platform.marketplace;

/**
 * A marketplace action refused or failed, with a message for the administrator that says why (a checksum
 * mismatch, a missing signature, an incompatible SDK, an unresolvable dependency, a failed start, ...).
 */
public final class MarketplaceException extends RuntimeException {

    public MarketplaceException(String message) {
        super(message);
    }

    public MarketplaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
