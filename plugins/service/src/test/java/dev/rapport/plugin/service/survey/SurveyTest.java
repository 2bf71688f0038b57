package dev.rapport.plugin.service.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.event.SurveyAnswered;
import dev.rapport.plugin.service.metric.SurveyFigures;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.plugin.service.ui.customer.ServiceFacts;
import dev.rapport.plugin.service.ui.customer.SurveyTimeline;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Surveys against the real database and the public page: resolving a request invites its customer once (an
 * outbound email on their timeline with a signed link); the page takes one answer; the same link again, a link
 * changed by one character, or one past its expiry gets a page saying so and stores nothing; a detractor's answer
 * creates a follow-up task; the result shows on the 360° view, the timeline and the CSAT metric; the NPS job
 * invites each recently served customer once.
 */
class SurveyTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final SurveyService surveys = plugin.service(SurveyService.class);
    private final SurveyEndpoint endpoint = new SurveyEndpoint(plugin.context, surveys);
    private final UserInfo agent = plugin.agent("Alex Agent");
    private final Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
    private final CustomerInfo customer = plugin.customer();

    private ServiceRequest resolvedRequest() {
        plugin.actAs(agent);
        long id = requests.open(new RequestDraft(customer.id(), null, queue.id(), "Login fails", null, Channel.EMAIL,
                null, Priority.NORMAL, null, null));
        requests.changeStatus(id, requests.get(id).version(), RequestStatus.IN_PROGRESS, null);
        requests.changeStatus(id, requests.get(id).version(), RequestStatus.RESOLVED, "Password reset");
        return requests.get(id);
    }

    private static String tokenOf(String linkPath) {
        return linkPath.substring(linkPath.indexOf("?t=") + 3);
    }

    private PublicResponse get(String token) {
        return kernel.callAsPlugin(() -> endpoint.handleGet(new PublicRequest("", Map.of("t", List.of(token)), Map.of(),
                "192.0.2.1", plugin.clock.instant())));
    }

    private PublicResponse post(String token, String score, String comment) {
        return kernel.callAsPlugin(() -> endpoint.handle(new PublicRequest("", Map.of("t", List.of(token),
                "score", List.of(score), "comment", List.of(comment)), Map.of(), "192.0.2.1", plugin.clock.instant())));
    }

    @Test
    void theSurveyLinkTakesOneAnswerAndADetractorGetsAFollowUpTask() {
        ServiceRequest request = resolvedRequest();
        Survey survey = surveys.ofRequest(request.id()).orElseThrow();
        String token = tokenOf(surveys.linkPath(survey));
        assertThat(kernel.recorded().interactions()).filteredOn(logged -> logged.customerId() == customer.id()
                && logged.direction() == Direction.OUTBOUND && logged.subject().equals("How did we do?"))
                .singleElement().satisfies(logged -> assertThat(logged.notes()).contains(token));

        PublicResponse form = get(token);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.contentType()).isEqualTo("text/html");
        assertThat(form.body()).contains("name=\"score\"", "value=\"5\"", token).doesNotContain("value=\"6\"");
        assertThat(post(token, "", "").status()).as("no score chosen").isEqualTo(422);
        assertThat(post(token, "9", "").status()).as("outside 1-5").isEqualTo(422);

        PublicResponse answered = post(token, "2", "Took <three> days");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you");
        Survey stored = surveys.ofRequest(request.id()).orElseThrow();
        assertThat(stored.score()).isEqualTo(2);
        assertThat(stored.comment()).isEqualTo("Took <three> days");
        assertThat(stored.followUpTaskId()).isNotNull();
        assertThat(kernel.recorded().tasks()).filteredOn(task -> task.id() == stored.followUpTaskId())
                .singleElement().satisfies(task -> {
                    assertThat(task.title()).startsWith("Unhappy customer");
                    assertThat(task.assigneeUserId()).isEqualTo(plugin.manager.id());
                });

        assertThat(kernel.recorded().events(SurveyAnswered.class)).filteredOn(event -> event.surveyId() == survey.id())
                .singleElement().satisfies(event -> {
                    assertThat(event.score()).isEqualTo(2);
                    assertThat(event.detractor()).isTrue();
                });

        PublicResponse reused = post(token, "5", "Changed my mind");
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.body()).contains("Already answered");
        assertThat(get(token).status()).isEqualTo(410);
        assertThat(surveys.ofRequest(request.id()).orElseThrow().score()).as("nothing stored").isEqualTo(2);

        requests.changeStatus(request.id(), requests.get(request.id()).version(), RequestStatus.REOPENED, null);
        requests.changeStatus(request.id(), requests.get(request.id()).version(), RequestStatus.RESOLVED, null);
        assertThat(surveys.ofRequest(request.id())).get().extracting(Survey::id).as("asked once per request")
                .isEqualTo(survey.id());

        assertThat(new ServiceFacts(plugin.context, requests, surveys).facts(customer, Locale.ENGLISH))
                .extracting(CustomerFact::label, CustomerFact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("CSAT", "2.0 / 5"));
        assertThat(new SurveyTimeline(plugin.context, surveys).entries(customer.id(), null, 10, Locale.ENGLISH))
                .singleElement().satisfies(item -> assertThat(item.subject()).isEqualTo("Answered 2 of 5"));
        LocalDate today = LocalDate.ofInstant(plugin.clock.instant(), ZoneOffset.UTC);
        assertThat(plugin.service(SurveyFigures.class).csat(Optional.empty(),
                new ReportingPeriod(today, today.plusDays(1), ZoneOffset.UTC))).isPresent();
    }

    @Test
    void aTamperedOrExpiredLinkGetsAPageSayingSoAndStoresNothing() {
        ServiceRequest request = resolvedRequest();
        String token = tokenOf(surveys.linkPath(surveys.ofRequest(request.id()).orElseThrow()));
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String otherId = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 1) + token.substring(token.indexOf('.'));

        for (String bad : List.of(tampered, otherId, "", "1.2.3.4")) {
            PublicResponse refused = post(bad, "5", "");
            assertThat(refused.status()).as(bad).isEqualTo(403);
            assertThat(refused.body()).contains("This link is not valid");
        }
        plugin.clock.advance(Duration.ofDays(15));
        PublicResponse expired = post(token, "5", "");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("This survey has closed");
        assertThat(surveys.ofRequest(request.id()).orElseThrow().answered()).isFalse();
    }

    @Test
    void theNpsJobInvitesEachRecentlyServedCustomerOnce() {
        resolvedRequest();
        NpsInvitations invitations = plugin.service(NpsInvitations.class);

        int first = kernel.callAsPlugin(() -> invitations.run(() -> false, seen -> { }));
        int again = kernel.callAsPlugin(() -> invitations.run(() -> false, seen -> { }));

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();
        assertThat(kernel.recorded().interactions()).filteredOn(logged -> logged.customerId() == customer.id()
                && logged.subject().equals("Would you recommend us?")).hasSize(1);
    }
}
