package dev.rapport.plugin.accountnotes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.CustomerTab;
import org.pf4j.Extension;

/** The "Notes" tab of the customer 360° view: the customer's notes, and a box to add one. */
@Extension
public final class NotesTab implements CustomerTab {

    private final NoteRepository notes;

    public NotesTab(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public String labelKey() {
        return "account-notes.tab";
    }

    @Override
    public Component createContent(CustomerInfo customer) {
        VerticalLayout content = new VerticalLayout();
        content.setId("account-notes-tab");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        TextArea body = new TextArea();
        body.setId("account-notes-body");
        body.setWidthFull();
        body.setMaxLength(NoteRepository.MAX_BODY);
        Button add = new Button(content.getTranslation("account-notes.add"));
        add.setId("account-notes-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            try {
                notes.add(customer.id(), body.getValue());
                body.clear();
                body.setInvalid(false);
                Notification.show(content.getTranslation("account-notes.saved"));
                show(list, customer.id());
            } catch (ValidationException e) {
                var error = e.errors().getFirst();
                body.setErrorMessage(content.getTranslation(error.messageKey(), error.arguments().toArray()));
                body.setInvalid(true);
            }
        });
        show(list, customer.id());
        content.add(body, add, list);
        return content;
    }

    private void show(VerticalLayout list, long customerId) {
        list.removeAll();
        var customerNotes = notes.forCustomer(customerId);
        if (customerNotes.isEmpty()) {
            list.add(new Span(list.getTranslation("account-notes.empty")));
        }
        for (Note note : customerNotes) {
            Div text = new Div(note.body());
            text.addClassName("account-note");
            text.getStyle().set("white-space", "pre-line");
            Button pin = new Button(list.getTranslation(note.pinned() ? "account-notes.unpin" : "account-notes.pin"),
                    click -> {
                        notes.setPinned(note.id(), !note.pinned());
                        show(list, customerId);
                    });
            pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(text, pin);
            row.setWidthFull();
            row.expand(text);
            list.add(row);
        }
    }
}
