package dev.rapport.plugin.upsell.ui.opportunity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;

/** Enters a new opportunity: pipeline, customer, title, amount and currency, expected close, owner, product. */
public final class NewOpportunityDialog extends Dialog {

    private static final int SEARCHED = 20;

    public NewOpportunityDialog(PluginContext context, PipelineService pipelines, OpportunityService opportunities,
                                CustomerInfo customer, Runnable saved) {
        setId("new-opportunity-dialog");
        setHeaderTitle(getTranslation("upsell.opportunity.new"));
        Select<Pipeline> pipeline = new Select<>();
        pipeline.setLabel(getTranslation("upsell.board.pipeline"));
        pipeline.setItems(pipelines.all());
        pipeline.setItemLabelGenerator(Pipeline::name);
        pipelines.all().stream().findFirst().ifPresent(pipeline::setValue);
        ComboBox<CustomerInfo> who = new ComboBox<>(getTranslation("upsell.opportunity.customer"));
        who.setId("new-opportunity-customer");
        who.setItemLabelGenerator(CustomerInfo::displayName);
        who.setItems(query -> context.customers().search(query.getFilter().orElse(""), SEARCHED).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        if (customer != null) {
            who.setValue(customer);
            who.setReadOnly(true);
        }
        TextField title = new TextField(getTranslation("upsell.opportunity.title"));
        title.setId("new-opportunity-title");
        BigDecimalField amount = new BigDecimalField(getTranslation("upsell.opportunity.amount"));
        amount.setId("new-opportunity-amount");
        TextField currency = new TextField(getTranslation("upsell.opportunity.currency"));
        currency.setId("new-opportunity-currency");
        currency.setValue(context.money().reportingCurrency());
        currency.setMaxLength(3);
        DatePicker close = new DatePicker(getTranslation("upsell.opportunity.expectedClose"));
        close.setId("new-opportunity-close");
        close.setValue(Formats.current().today(context.clock().instant()).plusDays(30));
        Select<UserInfo> owner = new Select<>();
        owner.setLabel(getTranslation("upsell.opportunity.owner"));
        owner.setItems(context.staff().activeUsers());
        owner.setItemLabelGenerator(UserInfo::displayName);
        context.security().currentUser().flatMap(me -> context.staff().activeUsers().stream()
                .filter(user -> user.id() == me.id()).findFirst()).ifPresent(owner::setValue);
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation("upsell.opportunity.product"));
        product.setItems(context.customers().products().stream().filter(ProductInfo::active).toList());
        product.setItemLabelGenerator(ProductInfo::name);
        product.setClearButtonVisible(true);
        product.addValueChangeListener(change -> {
            if (change.getValue() != null && amount.isEmpty()) {
                amount.setValue(change.getValue().price());
                currency.setValue(change.getValue().currency());
            }
        });
        FormLayout form = new FormLayout(pipeline, who, title, product, amount, currency, close, owner);
        add(form);
        Button save = new Button(getTranslation("upsell.save"), click -> {
            if (Feedback.attempt(this, Map.of("customer", who, "title", title, "amount", amount, "currency", currency,
                    "expectedClose", close, "pipeline", pipeline, "owner", owner), () -> opportunities.open(
                    new OpportunityDraft(pipeline.getValue() == null ? null : pipeline.getValue().id(),
                            who.getValue() == null ? null : who.getValue().id(), title.getValue(), amount.getValue(),
                            currency.getValue().strip().toUpperCase(java.util.Locale.ROOT), close.getValue(),
                            owner.getValue() == null ? null : owner.getValue().id(),
                            product.getValue() == null ? null : product.getValue().id())))) {
                Feedback.success(this, "upsell.opportunity.saved", title.getValue());
                close();
                saved.run();
            }
        });
        save.setId("new-opportunity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("upsell.cancel"), click -> close()), save);
    }
}
