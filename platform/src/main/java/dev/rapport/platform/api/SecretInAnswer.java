package dev.rapport.platform.api;

/**
 * An answer that carries a secret shown once (a webhook's signing secret): an {@code Idempotency-Key} keeps it
 * {@linkplain #withoutSecret without the secret}, so the secret is never stored in plain text; a retry gets the
 * answer without it.
 */
public interface SecretInAnswer {

    /** The same answer with the secret left out. */
    Object withoutSecret();
}
