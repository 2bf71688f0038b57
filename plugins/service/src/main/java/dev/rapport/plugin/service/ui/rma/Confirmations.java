package dev.rapport.plugin.service.ui.rma;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before what cannot be undone (a refund, a deletion). */
public final class Confirmations {

    private Confirmations() {
    }

    /** Opens a dialog with {@code question}; {@code action} runs only when the user confirms. */
    public static ConfirmDialog ask(Component context, String headerKey, String question, String confirmKey,
                                    Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("service-confirm");
        dialog.setHeader(context.getTranslation(headerKey));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("service.cancel"));
        dialog.setConfirmText(context.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
