package dev.rapport.platform.marketplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.Map;

/** The marketplace's repositories with what reading each gave; add one by its address, remove an added one. */
final class RepositoriesDialog extends Dialog {

    private final Marketplace marketplace;
    private final Runnable afterwards;
    private final Grid<Marketplace.Repository> grid = new Grid<>();

    RepositoriesDialog(Marketplace marketplace, Runnable afterwards) {
        this.marketplace = marketplace;
        this.afterwards = afterwards;
        setId("repositories-dialog");
        setHeaderTitle(getTranslation("marketplace.repositories"));
        setWidth("56em");
        grid.setId("repositories");
        grid.setAllRowsVisible(true);
        grid.addColumn(Marketplace.Repository::name).setHeader(getTranslation("marketplace.repository.name"))
                .setAutoWidth(true);
        grid.addColumn(Marketplace.Repository::url).setHeader(getTranslation("marketplace.repository.url")).setFlexGrow(3);
        grid.addComponentColumn(this::state).setHeader(getTranslation("plugins.state")).setFlexGrow(2);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        add(grid, addForm());
        getFooter().add(new Button(getTranslation("marketplace.close"), click -> close()));
        refresh();
    }

    private void refresh() {
        grid.setItems(marketplace.repositories());
        afterwards.run();
    }

    private Component state(Marketplace.Repository repository) {
        Span state = new Span(repository.problem() != null ? repository.problem()
                : getTranslation("marketplace.repository.plugins", repository.pluginCount()));
        state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NORMAL,
                repository.problem() != null ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
        state.addClassName("repository-state");
        return state;
    }

    private Component removeButton(Marketplace.Repository repository) {
        if (repository.shipped()) {
            return new Span();
        }
        Button remove = new Button(getTranslation("marketplace.repository.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("marketplace.repository.removeTitle", repository.name()),
                    getTranslation("marketplace.repository.removeText"), getTranslation("marketplace.repository.remove"),
                    event -> {
                        marketplace.removeRepository(repository.id(), WebSession.actor());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-repository");
        return remove;
    }

    private Component addForm() {
        TextField name = new TextField(getTranslation("marketplace.repository.name"));
        name.setId("repository-name");
        TextField url = new TextField(getTranslation("marketplace.repository.url"));
        url.setId("repository-url");
        url.setPlaceholder("https://plugins.example.com/rapport/");
        Button add = new Button(getTranslation("marketplace.repository.add"), click -> {
            name.setInvalid(false);
            url.setInvalid(false);
            try {
                Marketplace.Repository added = marketplace.addRepository(name.getValue(), url.getValue(), WebSession.actor());
                name.clear();
                url.clear();
                refresh();
                if (added.problem() == null) {
                    Notifications.success(getTranslation("marketplace.repository.added", added.name(), added.pluginCount()));
                } else {
                    Notifications.error(added.problem());
                }
            } catch (ValidationException e) {
                Map<String, TextField> fields = Map.of("name", name, "url", url);
                for (FieldError error : e.errors()) {
                    TextField field = fields.getOrDefault(error.field(), url);
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    field.setInvalid(true);
                }
            }
        });
        add.setId("repository-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, url, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        return form;
    }
}
