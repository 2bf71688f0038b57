package dev.rapport.sdk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before what cannot be undone (a deletion, a refund), the same way on every page: a dialog with the question,
 * "Cancel" (the kernel's text) and a red confirm button; the action runs only when the user confirms. Call it on the
 * UI thread.
 *
 * @since 1.3.0
 */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Opens the dialog.
     *
     * @param context the component whose UI shows it (and whose translations are used)
     * @param id the dialog's element id, for tests and browser automation
     * @param headerKey the i18n key of its title
     * @param question the question, already translated (it usually names the record)
     * @param confirmKey the i18n key of the confirm button's text, e.g. "Delete"
     * @param action what to do once confirmed
     * @return the open dialog
     */
    public static ConfirmDialog ask(Component context, String id, String headerKey, String question, String confirmKey,
                                    Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(context.getTranslation(headerKey));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("form.cancel"));
        dialog.setConfirmText(context.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
