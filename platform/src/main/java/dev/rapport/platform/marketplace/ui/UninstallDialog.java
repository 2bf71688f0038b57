package dev.rapport.platform.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.marketplace.MarketplaceException;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;

/**
 * Asks before uninstalling, and whether the plugin's data goes too: keeping it (the default) lets a later
 * installation continue where it stopped; removing it drops the plugin's tables and settings for good.
 */
final class UninstallDialog extends Dialog {

    UninstallDialog(Marketplace marketplace, Marketplace.Offer offer, Runnable afterwards) {
        setId("uninstall-dialog");
        setHeaderTitle(getTranslation("marketplace.uninstallTitle", offer.name(), offer.installedVersion()));
        RadioButtonGroup<Boolean> data = new RadioButtonGroup<>(getTranslation("marketplace.uninstallData"));
        data.setId("uninstall-data");
        data.setItems(false, true);
        data.setItemLabelGenerator(remove -> getTranslation(remove ? "marketplace.removeData" : "marketplace.keepData"));
        data.setValue(false);
        add(new Paragraph(getTranslation("marketplace.uninstallText")), data);
        Button confirm = new Button(getTranslation("marketplace.uninstall"), click -> {
            try {
                marketplace.uninstall(offer.id(), data.getValue(), WebSession.actor());
                Notifications.success(getTranslation("marketplace.uninstalled", offer.name()));
                close();
            } catch (MarketplaceException e) {
                Notifications.error(e.getMessage());
            }
            afterwards.run();
        });
        confirm.setId("uninstall-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
