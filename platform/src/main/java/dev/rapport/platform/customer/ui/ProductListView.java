package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.ProductDraft;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.security.Role;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** The product catalogue: every product with price and cost; create and edit in a dialog. */
@Route(value = "products", layout = MainLayout.class)
public class ProductListView extends VerticalLayout implements HasDynamicTitle {

    private final ProductCatalog catalog;
    private final Grid<Product> grid = new Grid<>();
    private final Formats formats = WebSession.formats();

    public ProductListView(ProductCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        H2 title = new H2(getTranslation("products.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button create = new Button(getTranslation("products.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("new-product");
        boolean manager = WebSession.actor().has(Role.MANAGER);
        create.setVisible(manager);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);

        grid.setId("product-grid");
        grid.addColumn(Product::code).setHeader(getTranslation("product.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Product::name).setHeader(getTranslation("product.name")).setFlexGrow(3);
        grid.addColumn(Product::family).setHeader(getTranslation("product.family")).setFlexGrow(2);
        grid.addColumn(p -> formats.money(p.price())).setHeader(getTranslation("product.price")).setAutoWidth(true);
        grid.addColumn(p -> formats.money(p.cost())).setHeader(getTranslation("product.cost")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "product.active" : "product.inactive"))
                .setHeader(getTranslation("product.status")).setAutoWidth(true);
        if (manager) {
            grid.addItemClickListener(click -> openEditor(click.getItem()));
        }
        grid.setEmptyStateText(getTranslation("products.empty"));
        refresh();
        add(header, grid);
        expand(grid);
    }

    private void refresh() {
        grid.setItems(catalog.all());
    }

    private void openEditor(Product product) {
        Dialog dialog = new Dialog();
        dialog.setId("product-dialog");
        dialog.setHeaderTitle(getTranslation(product == null ? "products.new" : "products.edit"));
        TextField code = new TextField(getTranslation("product.code"));
        code.setId("product-code");
        TextField name = new TextField(getTranslation("product.name"));
        name.setId("product-name");
        TextField family = new TextField(getTranslation("product.family"));
        family.setId("product-family");
        BigDecimalField price = new BigDecimalField(getTranslation("product.price"));
        price.setId("product-price");
        BigDecimalField cost = new BigDecimalField(getTranslation("product.cost"));
        cost.setId("product-cost");
        ComboBox<String> currency = new ComboBox<>(getTranslation("customer.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        Checkbox active = new Checkbox(getTranslation("product.active"), true);
        if (product != null) {
            code.setValue(product.code());
            name.setValue(product.name());
            family.setValue(product.family());
            price.setValue(product.price().amount());
            cost.setValue(product.cost().amount());
            currency.setValue(product.price().currency());
            active.setValue(product.active());
        } else {
            currency.setValue("USD");
        }
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "family", family, "price", price,
                "cost", cost, "currency", currency);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            ProductDraft draft = new ProductDraft(code.getValue(), name.getValue(), family.getValue(), price.getValue(),
                    cost.getValue(), currency.getValue(), active.getValue());
            try {
                Product saved = product == null ? catalog.create(draft, WebSession.actor())
                        : catalog.update(product.id(), draft, WebSession.actor());
                Notifications.success(getTranslation("products.saved", saved.name()));
                dialog.close();
                refresh();
            } catch (ValidationException e) {
                showErrors(fields, e.errors());
            }
        });
        save.setId("product-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, name, family, price, cost, currency, active));
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void showErrors(Map<String, HasValidation> fields, List<FieldError> errors) {
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("products.title") + " · " + getTranslation("app.name");
    }
}
