package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.sdk.error.FieldError;
import java.util.List;
import java.util.Map;

/** The contact persons of an organisation customer: list, add, mark as no longer there. */
final class ContactsPanel extends VerticalLayout {

    private final Customer360ViewLogic logic;
    private final Grid<ContactPerson> grid = new Grid<>();
    private final Button add;
    private final com.vaadin.flow.component.grid.Grid.Column<ContactPerson> toggleColumn;

    ContactsPanel(Customer360ViewLogic logic) {
        this.logic = logic;
        setSizeFull();
        setPadding(false);
        add = new Button(getTranslation("contacts.add"), VaadinIcon.PLUS.create(), click -> openAddDialog());
        add.setId("add-contact");
        grid.setId("contacts");
        grid.addColumn(ContactPerson::displayName).setHeader(getTranslation("contacts.name")).setFlexGrow(2);
        grid.addColumn(ContactPerson::jobTitle).setHeader(getTranslation("contacts.jobTitle")).setFlexGrow(2);
        grid.addColumn(ContactPerson::email).setHeader(getTranslation("customer.email")).setFlexGrow(2);
        grid.addColumn(ContactPerson::phone).setHeader(getTranslation("customer.phone")).setFlexGrow(1);
        toggleColumn = grid.addComponentColumn(contact -> {
            Button toggle = new Button(getTranslation(contact.active() ? "contacts.deactivate" : "contacts.activate"),
                    click -> logic.setContactActive(contact, !contact.active()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            return toggle;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(contact -> contact.active() ? null : "inactive");
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        add(add, grid);
        expand(grid);
    }

    /** Shows the contacts; adding and deactivating only when the user may change the customer. */
    void show(List<ContactPerson> contacts, boolean editable) {
        add.setVisible(editable);
        toggleColumn.setVisible(editable);
        grid.setItems(contacts);
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("contact-dialog");
        dialog.setHeaderTitle(getTranslation("contacts.add"));
        TextField firstName = new TextField(getTranslation("customer.firstName"));
        firstName.setId("contact-first-name");
        TextField lastName = new TextField(getTranslation("customer.lastName"));
        lastName.setId("contact-last-name");
        TextField jobTitle = new TextField(getTranslation("contacts.jobTitle"));
        EmailField email = new EmailField(getTranslation("customer.email"));
        TextField phone = new TextField(getTranslation("customer.phone"));
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("firstName", firstName,
                "lastName", lastName, "jobTitle", jobTitle, "email", email, "phone", phone);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            List<FieldError> errors = logic.addContact(new ContactPersonDraft(firstName.getValue(), lastName.getValue(),
                    jobTitle.getValue(), email.getValue(), phone.getValue()));
            errors.forEach(error -> {
                var field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    field.setInvalid(true);
                }
            });
            if (errors.isEmpty()) {
                dialog.close();
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(firstName, lastName, jobTitle, email, phone));
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
