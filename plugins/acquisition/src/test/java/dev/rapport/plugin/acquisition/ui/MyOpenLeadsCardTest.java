package dev.rapport.plugin.acquisition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "My open leads" on the home page: the user's own open leads, each a link to the lead; nobody else's. */
class MyOpenLeadsCardTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @Test
    void listsTheUsersOpenLeadsAsLinksAndNotOthersOrClosedOnes() {
        AcquisitionTestData.reset(kernel);
        LeadService leads = kernel.service(LeadService.class);
        UserInfo agent = kernel.createUser("Card Agent", Role.AGENT, "sales");
        UserInfo colleague = kernel.createUser("Card Colleague", Role.AGENT, "sales");
        String tag = kernel.unique("card");
        kernel.signIn(agent);
        long mine = capture(leads, "Mia", tag);
        long disqualified = capture(leads, "Dan", tag);
        leads.disqualify(disqualified, "No budget");
        kernel.signIn(colleague);
        long theirs = capture(leads, "Theo", tag);

        Component body = new MyOpenLeadsCard(leads).load(agent, Locale.ENGLISH).render();

        List<String> links = body.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance)
                .map(link -> ((Anchor) link).getHref()).toList();
        assertThat(links).contains(AcquisitionNavigation.lead(mine), AcquisitionNavigation.LEADS)
                .doesNotContain(AcquisitionNavigation.lead(disqualified), AcquisitionNavigation.lead(theirs));
        assertThat(body.getElement().getTextRecursively()).contains("Mia " + tag);
    }

    private static long capture(LeadService leads, String firstName, String lastName) {
        return ((CaptureResult.Captured) leads.capture(new LeadDraft(firstName, lastName, null, null,
                firstName.toLowerCase(Locale.ROOT) + "@" + lastName + ".example", null, null, null, null, "DE", null,
                false, LeadSource.WEB_FORM, null, null, null, Set.of()), Channel.WEB, true, true)).leadId();
    }
}
