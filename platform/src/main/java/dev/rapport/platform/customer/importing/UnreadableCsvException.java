package dev.rapport.platform.customer.importing;

/** The file cannot be read as CSV (no header, not UTF-8, a quote never closed, ...): nothing more is read from it. */
public final class UnreadableCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportMessage userMessage;

    UnreadableCsvException(ImportMessage userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.arguments(), cause);
        this.userMessage = userMessage;
    }

    /** What to tell the user. */
    public ImportMessage userMessage() {
        return userMessage;
    }
}
