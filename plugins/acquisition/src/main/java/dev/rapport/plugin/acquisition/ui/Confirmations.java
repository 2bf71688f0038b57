package dev.rapport.plugin.acquisition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything that cannot be undone. */
public final class Confirmations {

    private Confirmations() {
    }

    /** Opens a dialog with {@code question}; {@code action} runs only when the user confirms. */
    public static ConfirmDialog ask(Component context, String headerKey, String question, String confirmKey,
                                    Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("acquisition-confirm");
        dialog.setHeader(context.getTranslation(headerKey));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("acquisition.cancel"));
        dialog.setConfirmText(context.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
