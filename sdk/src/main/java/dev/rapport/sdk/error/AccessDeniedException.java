package dev.rapport.sdk.error;

/**
 * The acting user may not do what was asked (their role or departments do not allow it); nothing was done.
 * Services check this themselves, so hiding a button is never the only protection.
 *
 * @since 1.1.0
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Refuses an action.
     *
     * @param message what was refused and why, for logs and administrators
     */
    public AccessDeniedException(String message) {
        super(message);
    }
}
