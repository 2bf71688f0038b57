package dev.rapport.platform.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last line of defence for exceptions no view handled: the user sees what went wrong in words, the log
 * keeps the stack trace under a reference the user can quote.
 */
final class ErrorNotifier implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.accessDenied");
            log.info("Refused: {}", cause.getMessage());
        } else if (cause instanceof ValidationException || cause instanceof ConcurrentEditException
                || cause instanceof NotFoundException) {
            message = ui.getTranslation("error.refused", cause.getMessage());
            log.info("Refused: {}", cause.getMessage());
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unhandled error [{}]", reference, event.getThrowable());
            message = ui.getTranslation("error.unexpected", reference);
        }
        ui.access(() -> Notifications.error(message));
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof ValidationException || cause instanceof ConcurrentEditException
                || cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
