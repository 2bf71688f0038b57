package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadFilter;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSort;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.extension.HomeCard;
import dev.rapport.sdk.extension.HomeCardContent;
import dev.rapport.sdk.security.UserInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pf4j.Extension;

/** "My open leads" on the home page: the signed-in user's open leads, best score first, each a link to the lead. */
@Extension
public final class MyOpenLeadsCard implements HomeCard {

    static final int SHOWN = 5;
    private static final Set<LeadStatus> OPEN = Set.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED);

    private final LeadService leads;

    public MyOpenLeadsCard(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public String titleKey() {
        return "acquisition.home.myLeads";
    }

    @Override
    public HomeCardContent load(UserInfo user, Locale locale) {
        List<Lead> mine = leads.page(new LeadFilter(null, OPEN, user.id(), false, null, null, null, null),
                LeadSort.HIGHEST_SCORE, null, SHOWN);
        return () -> render(mine);
    }

    private static Div render(List<Lead> mine) {
        Div body = new Div();
        body.setId("acquisition-my-leads");
        if (mine.isEmpty()) {
            body.add(new Paragraph(body.getTranslation("acquisition.home.noLeads")));
        }
        for (Lead lead : mine) {
            Div row = new Div(Links.to(AcquisitionNavigation.lead(lead.id()), lead.displayName()),
                    new Span(" · " + LABELS.of(body, lead.status()) + " · "
                            + body.getTranslation("acquisition.home.score", lead.score())));
            row.addClassName("home-lead");
            body.add(row);
        }
        body.add(new Div(Links.to(AcquisitionNavigation.LEADS, body.getTranslation("acquisition.home.allLeads"))));
        return body;
    }
}
