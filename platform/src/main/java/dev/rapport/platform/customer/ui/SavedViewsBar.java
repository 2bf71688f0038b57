package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.view.SavedView;
import dev.rapport.platform.customer.view.SavedViewDraft;
import dev.rapport.platform.customer.view.SavedViews;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.ValidationException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The customer list's saved views: pick one to apply it; save the list's state as a new view (private or shared with
 * one of the user's departments), overwrite, rename or delete (after a confirmation) one's own view; make a view the
 * default the list opens with.
 */
final class SavedViewsBar extends HorizontalLayout {

    private final SavedViews views;
    private final DepartmentDirectory departments;
    private final Function<String, SavedViewDraft> state;
    private final Consumer<SavedView> apply;
    private final ComboBox<SavedView> chosen = new ComboBox<>();
    private final Button overwrite = new Button();
    private final Button rename = new Button();
    private final Button delete = new Button();
    private final Button makeDefault = new Button();
    private boolean applying;

    /**
     * @param state the list's current state under a name
     * @param apply shows a view's filter, sort and columns in the list
     */
    SavedViewsBar(SavedViews views, DepartmentDirectory departments, Function<String, SavedViewDraft> state,
                  Consumer<SavedView> apply) {
        this.views = views;
        this.departments = departments;
        this.state = state;
        this.apply = apply;
        setId("saved-views");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        chosen.setId("saved-view");
        chosen.setPlaceholder(getTranslation("customers.views.choose"));
        chosen.setAriaLabel(getTranslation("customers.views.choose"));
        chosen.setItemLabelGenerator(view -> view.name() + (view.shared() ? " · " + getTranslation("customers.views.shared") : ""));
        chosen.setClearButtonVisible(true);
        chosen.addValueChangeListener(event -> {
            updateButtons();
            if (!applying && event.getValue() != null) {
                apply.accept(event.getValue());
            }
        });
        Button saveAs = small("save-view-as", "customers.views.saveAs", () -> askName(null));
        configure(overwrite, "overwrite-view", "customers.views.overwrite", this::overwriteChosen);
        configure(rename, "rename-view", "customers.views.rename", () -> askName(chosen.getValue()));
        configure(delete, "delete-view", "customers.views.delete", this::confirmDelete);
        configure(makeDefault, "default-view", "customers.views.makeDefault", () -> {
            views.setDefault(chosen.getValue().id(), WebSession.actor());
            Notifications.success(getTranslation("customers.views.defaultSet", chosen.getValue().name()));
        });
        add(chosen, saveAs, overwrite, rename, delete, makeDefault);
        refresh(null);
    }

    /** Shows {@code view} as the chosen one without applying it again. */
    void showChosen(SavedView view) {
        refresh(view);
    }

    private void refresh(SavedView select) {
        applying = true;
        try {
            chosen.setItems(views.visibleTo(WebSession.actor()));
            chosen.setValue(select);
        } finally {
            applying = false;
        }
        updateButtons();
    }

    private void updateButtons() {
        SavedView view = chosen.getValue();
        boolean own = view != null && SavedViews.canChange(view, WebSession.actor());
        overwrite.setEnabled(own);
        rename.setEnabled(own);
        delete.setEnabled(own);
        makeDefault.setEnabled(view != null);
    }

    private Button small(String id, String key, Runnable action) {
        Button button = new Button();
        configure(button, id, key, action);
        return button;
    }

    private void configure(Button button, String id, String key, Runnable action) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> action.run());
    }

    private void overwriteChosen() {
        SavedView view = chosen.getValue();
        SavedViewDraft draft = state.apply(view.name());
        refresh(views.overwrite(view.id(), new SavedViewDraft(view.name(), view.departmentId(), draft.filter(),
                draft.sort(), draft.columns()), WebSession.actor()));
        Notifications.success(getTranslation("customers.views.saved", view.name()));
    }

    /** Asks for a name: a new view from the list's state ({@code renamed} null), or a new name for {@code renamed}. */
    private void askName(SavedView renamed) {
        Dialog dialog = new Dialog();
        dialog.setId("view-name-dialog");
        dialog.setHeaderTitle(getTranslation(renamed == null ? "customers.views.saveAs" : "customers.views.rename"));
        TextField name = new TextField(getTranslation("customers.views.name"));
        name.setId("view-name");
        name.setRequired(true);
        name.setValue(renamed == null ? "" : renamed.name());
        ComboBox<Long> shareWith = new ComboBox<>(getTranslation("customers.views.shareWith"));
        shareWith.setId("view-department");
        shareWith.setItems(WebSession.actor().departmentIds().stream().sorted().toList());
        shareWith.setItemLabelGenerator(id -> departments.find(id).map(d -> d.name()).orElse("#" + id));
        shareWith.setPlaceholder(getTranslation("customers.views.private"));
        shareWith.setClearButtonVisible(true);
        Checkbox asDefault = new Checkbox(getTranslation("customers.views.makeDefault"));
        asDefault.setId("view-default");
        if (renamed == null) {
            dialog.add(name, shareWith, asDefault);
        } else {
            dialog.add(name);
        }
        Button save = new Button(getTranslation("customers.views.save"), click -> {
            try {
                SavedView saved = renamed == null
                        ? views.create(withDepartment(state.apply(name.getValue()), shareWith.getValue()), WebSession.actor())
                        : views.rename(renamed.id(), name.getValue(), WebSession.actor());
                if (asDefault.getValue()) {
                    views.setDefault(saved.id(), WebSession.actor());
                }
                dialog.close();
                refresh(saved);
                Notifications.success(getTranslation("customers.views.saved", saved.name()));
            } catch (ValidationException e) {
                e.errors().stream().findFirst().ifPresent(error -> {
                    name.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    name.setInvalid(true);
                });
            }
        });
        save.setId("view-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static SavedViewDraft withDepartment(SavedViewDraft draft, Long departmentId) {
        return new SavedViewDraft(draft.name(), departmentId, draft.filter(), draft.sort(), draft.columns());
    }

    private void confirmDelete() {
        SavedView view = chosen.getValue();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("customers.views.deleteTitle", view.name()),
                getTranslation(view.shared() ? "customers.views.deleteShared" : "customers.views.deleteText"),
                getTranslation("customers.views.delete"), event -> {
                    views.delete(view.id(), WebSession.actor());
                    refresh(null);
                });
        confirm.setId("delete-view-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.open();
    }
}
