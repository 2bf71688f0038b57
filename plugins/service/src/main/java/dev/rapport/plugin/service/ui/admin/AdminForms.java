package dev.rapport.plugin.service.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import java.util.Map;

/** The shape every administration form shares: a dialog that saves through the service and closes on success. */
final class AdminForms {

    private AdminForms() {
    }

    /** A dialog with {@code form}; Save runs {@code save}, shows errors on {@code fields}, closes and refreshes. */
    static Dialog dialog(Component owner, String titleKey, FormLayout form, Map<String, ? extends HasValidation> fields,
                         Runnable save, Runnable refresh) {
        Dialog dialog = new Dialog(owner.getTranslation(titleKey));
        dialog.setId("service-admin-dialog");
        dialog.add(form);
        Button ok = new Button(owner.getTranslation("service.admin.save"), click -> {
            if (Feedback.attempt(owner, fields, save)) {
                Feedback.success(owner, "service.request.saved");
                dialog.close();
                refresh.run();
            }
        });
        ok.setId("service-admin-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("service.cancel"), click -> dialog.close()), ok);
        dialog.open();
        return dialog;
    }

    /** Asks before deleting {@code name}; deletes through {@code delete} and refreshes. */
    static void confirmDelete(Component owner, String name, Runnable delete, Runnable refresh) {
        Confirmation.ask(owner, "service-confirm",
                "service.admin.deleteTitle", owner.getTranslation("service.admin.deleteText", name),
                "service.admin.delete", () -> {
                    if (Feedback.attempt(owner, Map.of(), delete)) {
                        Feedback.success(owner, "service.admin.deleted");
                        refresh.run();
                    }
                });
    }

    static Button deleteButton(Component owner, Runnable onClick) {
        Button delete = new Button(owner.getTranslation("service.admin.delete"), click -> onClick.run());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return delete;
    }
}
