package dev.rapport.sdk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells the user how an action went, the same way on every page of the product: success and failure notifications,
 * and a service's refusal shown on the fields it names (the rest in a notification). Texts come from the bundles in
 * the UI's language (the plugin's for its keys, the kernel's for denial, lost race and missing record). Call its
 * methods on the UI thread.
 *
 * @since 1.3.0
 */
public final class Feedback {

    private Feedback() {
    }

    /** A green notification with the translation of {@code key}, for a few seconds. */
    public static void success(Component context, String key, Object... arguments) {
        Notification notification = Notification.show(context.getTranslation(key, arguments), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A red notification with {@code text}, long enough to read. */
    public static void error(Component context, String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The text of a field error in the UI's language. */
    public static String text(Component context, FieldError error) {
        return context.getTranslation(error.messageKey(), error.arguments().toArray());
    }

    /**
     * Runs {@code action}; when a service refuses it, explains why: validation errors on {@code fields} (by field
     * name) or in a notification, access denials, lost races and missing records in a notification.
     *
     * Other exceptions pass through (the platform shows them as unexpected errors and logs them).
     *
     * @return true when the action succeeded
     */
    public static boolean attempt(Component context, Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            List<String> elsewhere = new ArrayList<>();
            for (FieldError error : e.errors()) {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(text(context, error));
                    field.setInvalid(true);
                } else {
                    elsewhere.add(text(context, error));
                }
            }
            if (!elsewhere.isEmpty()) {
                error(context, String.join(" ", elsewhere));
            }
        } catch (AccessDeniedException e) {
            error(context, context.getTranslation("error.accessDenied"));
        } catch (ConcurrentEditException e) {
            error(context, context.getTranslation("error.concurrentEdit"));
        } catch (NotFoundException e) {
            error(context, context.getTranslation("error.recordNotFound.text"));
        }
        return false;
    }
}
