package dev.rapport.plugin.upsell.ui.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.sdk.ui.Feedback;
import java.util.Map;

/**
 * Asks for the reason before an opportunity is closed as won (the sale is then recorded as the customer's
 * transaction) or lost (a reason is required).
 */
public final class CloseDialog extends Dialog {

    public CloseDialog(OpportunityService opportunities, Opportunity opportunity, boolean won, Runnable closed) {
        setId("close-dialog");
        setHeaderTitle(getTranslation(won ? "upsell.close.wonTitle" : "upsell.close.lostTitle", opportunity.title()));
        TextField reason = new TextField(getTranslation(won ? "upsell.close.wonReason" : "upsell.close.lostReason"));
        reason.setId("close-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(!won);
        add(new Paragraph(getTranslation(won ? "upsell.close.wonHint" : "upsell.close.lostHint")), reason);
        Button confirm = new Button(getTranslation(won ? "upsell.close.markWon" : "upsell.close.markLost"), click -> {
            if (Feedback.attempt(this, Map.of("reason", reason), () -> {
                if (won) {
                    opportunities.win(opportunity.id(), opportunity.version(), reason.getValue());
                } else {
                    opportunities.lose(opportunity.id(), opportunity.version(), reason.getValue());
                }
            })) {
                Feedback.success(this, won ? "upsell.close.wonDone" : "upsell.close.lostDone", opportunity.title());
                close();
                closed.run();
            }
        });
        confirm.setId("close-confirm");
        confirm.addThemeVariants(won ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("upsell.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
