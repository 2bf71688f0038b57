package dev.rapport.plugin.acquisition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.KaribuUi;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lead form in a mocked browser: fields marked with the service's refusals, and the duplicate check's question. */
class LeadFormDialogTest {

    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final LeadService leads = kernel.service(LeadService.class);
    private final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void openForm() {
        kernel.signIn(kernel.createUser("Form Agent", Role.AGENT, "sales"));
        new LeadFormDialog(kernel.context(), leads, kernel.service(CampaignService.class), null, saved::add).open();
    }

    private static void fill(String id, String value) {
        _get(TextField.class, spec -> spec.withId(id)).setValue(value);
    }

    @Test
    void marksTheFieldsTheServiceRefusesAndStoresNothing() {
        _get(EmailField.class, spec -> spec.withId("lead-email")).setValue("no-email");
        fill("lead-phone", "12");

        _click(_get(Button.class, spec -> spec.withId("lead-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("lead-last-name")).getErrorMessage())
                .isEqualTo("A last name or a company is required.");
        assertThat(_get(EmailField.class, spec -> spec.withId("lead-email")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("lead-phone")).getErrorMessage())
                .isEqualTo("“12” is not a valid phone number. Numbers from another country need their + prefix.");
        assertThat(saved).isEmpty();
    }

    @Test
    void asksAboutPossibleDuplicatesBeforeSavingAndSavesWhenConfirmed() {
        String name = kernel.unique("Dup");
        var customer = AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Dora " + name, "dora@" + name + ".example",
                null, true, null);
        fill("lead-first-name", "Dora");
        fill("lead-last-name", name);
        _get(EmailField.class, spec -> spec.withId("lead-email")).setValue("dora@" + name + ".example");

        _click(_get(Button.class, spec -> spec.withId("lead-save")));

        assertThat(saved).as("nothing saved while asking").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("lead-duplicate"))).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Customer Dora " + name + " (same email address)");
            assertThat(link.getHref()).isEqualTo("customers/" + customer.id());
        });

        _click(_get(Button.class, spec -> spec.withId("lead-save-anyway")));

        assertThat(saved).hasSize(1);
        Lead lead = leads.get(saved.getFirst());
        assertThat(lead.possibleDuplicateCustomerId()).isEqualTo(customer.id());
    }
}
