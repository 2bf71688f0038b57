package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Customer service from start to finish in a real browser: an email logged on a customer becomes a request from
 * the 360° view's Service tab; the agent replies and waits on the customer (the resolution clock pauses); the
 * customer's reply resumes it; the agent resolves it; the customer answers the survey link on the public page
 * without signing in; the CSAT shows in the customer's 360° header.
 */
@ExtendWith(RapportBrowserExtension.class)
class ServiceFlowIT {

    @Test
    void anEmailBecomesARequestThatWaitsResumesResolvesAndIsRatedOnThe360View(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User agent = server.account("it-svc-agent-" + suffix, Role.AGENT, "service");
        Customer customer = server.platform().services().require(CustomerService.class).create(new CustomerDraft(
                dev.rapport.sdk.customer.CustomerKind.PERSON, "Rita", "Router" + suffix, null,
                dev.rapport.sdk.customer.LifecycleStage.CUSTOMER, null, "en", "EUR", "UTC", false, List.of(), List.of(),
                List.of(), Set.of(), null), Actor.SYSTEM);
        InteractionService interactions = server.platform().services().require(InteractionService.class);
        interactions.log(new InteractionDraft(customer.id(), null, Channel.EMAIL, Direction.INBOUND,
                "Router keeps rebooting", "Every ten minutes since yesterday.", Outcome.COMPLETED,
                Instant.now().minusSeconds(120), "it"), Actor.SYSTEM);

        LoginPage.signIn(driver, server, agent.username(), RapportServer.PASSWORD);
        Customer360Page.open(driver, server, customer.id()).selectTab("Service");
        ServicePages.RequestPage request = new ServicePages.ServiceTab(driver).makeRequestFromNewestContact();
        assertThat(request.title()).contains("Router keeps rebooting");

        request.reply("Which firmware version does it show?", "Waiting on customer");
        assertThat(request.resolutionClock()).isEqualTo("paused");

        interactions.log(new InteractionDraft(customer.id(), null, Channel.EMAIL, Direction.INBOUND,
                "Re: Router keeps rebooting", "Version 2.1.4", Outcome.COMPLETED, Instant.now(), "it"), Actor.SYSTEM);
        request = request.reloadUntilStatus("In progress");
        assertThat(request.resolutionClock()).isEqualTo("running");

        request.moveTo("Resolved");
        String link = request.surveyLink();
        assertThat(link).startsWith(server.url("public/service/survey?t="));

        assertThat(new ServicePages.SurveyPage(driver, link).answer(5, "Quick and friendly"))
                .contains("Your answer has been received");

        Customer360Page.open(driver, server, customer.id());
        assertThat(driver.findElement(By.xpath("//div[contains(@class,'plugin-fact')][span[normalize-space(.)='CSAT']]"
                + "/span[contains(@class,'figure-value')]")).getText()).isEqualTo("5.0 / 5");
    }
}
