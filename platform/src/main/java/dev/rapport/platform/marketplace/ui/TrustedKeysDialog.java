package dev.rapport.platform.marketplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.marketplace.TrustedKeys;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;

/**
 * The publisher keys the marketplace trusts: the configured ones (read-only) and those added here, each removable
 * after a confirmation; a new one is added with the publisher's name and its pasted public key.
 */
final class TrustedKeysDialog extends Dialog {

    private final TrustedKeys keys;
    private final Runnable afterwards;
    private final Grid<TrustedKeys.Key> grid = new Grid<>();

    TrustedKeysDialog(TrustedKeys keys, Runnable afterwards) {
        this.keys = keys;
        this.afterwards = afterwards;
        setId("trusted-keys-dialog");
        setHeaderTitle(getTranslation("marketplace.keys.title"));
        setWidth("60em");
        Paragraph text = new Paragraph(getTranslation("marketplace.keys.text"));
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        grid.setId("trusted-keys");
        grid.setAllRowsVisible(true);
        grid.addColumn(key -> key.configured() ? getTranslation("marketplace.key.configured") : key.name())
                .setHeader(getTranslation("marketplace.key.name")).setAutoWidth(true);
        grid.addComponentColumn(this::keyText).setHeader(getTranslation("marketplace.key.publicKey")).setFlexGrow(3);
        grid.addColumn(key -> key.configured() ? "" : getTranslation("marketplace.key.addedAt",
                WebSession.formats().dateTime(key.addedAt()))).setHeader(getTranslation("marketplace.key.source"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        add(text, grid, addForm());
        getFooter().add(new Button(getTranslation("marketplace.close"), click -> close()));
        grid.setItems(keys.all());
    }

    private void refresh() {
        grid.setItems(keys.all());
        afterwards.run();
    }

    private Component keyText(TrustedKeys.Key key) {
        Span text = new Span(key.publicKey());
        text.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Whitespace.NORMAL);
        text.getStyle().set("word-break", "break-all").set("font-family", "monospace");
        return text;
    }

    private Component removeButton(TrustedKeys.Key key) {
        if (key.configured()) {
            return new Span();
        }
        Button remove = new Button(getTranslation("marketplace.key.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("marketplace.key.removeTitle", key.name()),
                    getTranslation("marketplace.key.removeText"), getTranslation("marketplace.key.remove"), event -> {
                        keys.remove(key.id(), WebSession.actor());
                        refresh();
                    });
            confirm.setId("remove-key-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-key");
        return remove;
    }

    private Component addForm() {
        TextField name = new TextField(getTranslation("marketplace.key.name"));
        name.setId("key-name");
        name.setMaxLength(100);
        TextArea publicKey = new TextArea(getTranslation("marketplace.key.publicKey"));
        publicKey.setId("key-public");
        publicKey.setPlaceholder("MCowBQYDK2VwAyEA…");
        Button add = new Button(getTranslation("marketplace.key.add"), click -> {
            name.setInvalid(false);
            publicKey.setInvalid(false);
            try {
                TrustedKeys.Key added = keys.add(name.getValue(), publicKey.getValue(), WebSession.actor());
                name.clear();
                publicKey.clear();
                refresh();
                Notifications.success(getTranslation("marketplace.key.added", added.name()));
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    String message = getTranslation(error.messageKey(), error.arguments().toArray());
                    if (error.field().equals("name")) {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    } else {
                        publicKey.setErrorMessage(message);
                        publicKey.setInvalid(true);
                    }
                }
            }
        });
        add.setId("key-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, publicKey, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        return form;
    }
}
