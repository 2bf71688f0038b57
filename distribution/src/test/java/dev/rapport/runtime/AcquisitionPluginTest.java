package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.internal.db.Tables;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.TaskInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shipped acquisition plugin in a real platform: it starts with its schema and every contribution, and its web
 * form, served by the platform's public endpoint, captures leads from plain HTTP posts (scored, assigned with a
 * task in the kernel, events in the outbox) and refuses bad ones, storing nothing from them. The platform's limits
 * hold: body size, content type, method, requests per address, and nothing is served while the plugin is disabled.
 * The tests run in order, the flood last: all their requests count against one address's limit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcquisitionPluginTest {

    private static final int REQUESTS_PER_MINUTE = 30;
    private static final Table<?> WEB_FORM = DSL.table(DSL.name("acq_web_form"));
    private static final Table<?> LEAD = DSL.table(DSL.name("acq_lead"));
    private static final Table<?> ASSIGNMENT_RULE = DSL.table(DSL.name("acq_assignment_rule"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<String> EMAIL = DSL.field(DSL.name("email"), String.class);
    private static final Field<Integer> SCORE = DSL.field(DSL.name("score"), Integer.class);
    private static final Field<Long> OWNER = DSL.field(DSL.name("owner_id"), Long.class);

    private static TestPlatform platform;
    private static String token;
    private static User agent;
    private static int requests;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("AcquisitionPluginTest", List.of(PluginZips.ACQUISITION),
                Map.of("public.requests.per.minute", String.valueOf(REQUESTS_PER_MINUTE), "public.max.body.bytes", "4096"));
        DSLContext dsl = platform.service(Database.class).dsl();
        long sales = platform.service(DepartmentDirectory.class).findByCode("sales").orElseThrow().id();
        agent = platform.service(UserAdministration.class).create(new UserAdministration.UserDraft("lead.taker",
                "Lead Taker", null, Role.AGENT, Set.of(sales), true), "runtime-tests-1", false, Actor.SYSTEM);
        // Set up as a manager would on the plugin's screens: a web form, and every lead to Sales in turn.
        token = "runtime-test-token-0123456789abcdef";
        dsl.insertInto(WEB_FORM).columns(DSL.field("name"), DSL.field("token"), DSL.field("active"), DSL.field("created_at"))
                .values("Contact", token, true, LocalDateTime.now(ZoneOffset.UTC)).execute();
        dsl.insertInto(ASSIGNMENT_RULE).columns(DSL.field("position"), DSL.field("kind"), DSL.field("department_id"),
                DSL.field("active"), DSL.field("created_at")).values(1, "ANY", sales, true, LocalDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static HttpResponse<String> post(String path, String contentType, String body) {
        requests++;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.server().url(path)))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> postForm(Map<String, String> fields) {
        return post("public/acquisition/web-form", "application/x-www-form-urlencoded", fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static Map<String, String> lead(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", token);
        fields.put("first_name", "Rita");
        fields.put("last_name", "Runtime");
        fields.put("company", "Runtime AG");
        fields.put("email", email);
        fields.put("phone", "+41 44 668 18 00");
        fields.put("country", "CH");
        fields.put("consent", "yes");
        fields.put("message", "Please call me back");
        return fields;
    }

    /** Leads, campaign responses and events the plugin published: what a post may store. */
    private static int stored() {
        DSLContext dsl = platform.service(Database.class).dsl();
        return dsl.fetchCount(LEAD) + dsl.fetchCount(DSL.table(DSL.name("acq_lead_interaction")))
                + dsl.fetchCount(Tables.DOMAIN_EVENT, Tables.DOMAIN_EVENT.SOURCE.eq("acquisition"));
    }

    @Test
    @Order(1)
    void startsWithItsSchemaScreensTabMetricsAndWebForm() {
        PluginHost.PluginStatus status = Plugins.status(platform, "acquisition");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.error()).isNull();
        assertThat(Kernel.tables(platform)).contains("acq_lead", "acq_lead_interaction", "acq_campaign",
                "acq_campaign_response", "acq_scoring_rule", "acq_assignment_rule", "acq_web_form");
        assertThat(Plugins.menuPaths(platform, "acquisition")).containsExactly("acquisition/leads",
                "acquisition/campaigns", "acquisition/scoring", "acquisition/settings");
        assertThat(Plugins.routeRegistered(platform, "acquisition/leads")).isTrue();
        assertThat(Plugins.tabLabelKeys(platform, "acquisition")).containsExactly("acquisition.tab");
        assertThat(Plugins.metricIds(platform, "acquisition")).containsExactlyInAnyOrder("acquisition/new-leads",
                "acquisition/conversion-rate", "acquisition/cost-per-acquisition", "acquisition/campaign-roi",
                "acquisition/time-to-first-contact");
        assertThat(platform.service(Database.class).dsl().fetchCount(DSL.table(DSL.name("acq_scoring_rule"))))
                .as("starter scoring rules").isPositive();
    }

    @Test
    @Order(2)
    void aPostedLeadIsStoredScoredAssignedWithATaskAndPublished() {
        HttpResponse<String> response = postForm(lead("rita.runtime@example.com"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"status\":\"received\"}");
        DSLContext dsl = platform.service(Database.class).dsl();
        var row = dsl.select(ID, SCORE, OWNER).from(LEAD).where(EMAIL.eq("rita.runtime@example.com")).fetchSingle();
        assertThat(row.value2()).as("company, phone, consent and the inbound contact").isEqualTo(10 + 5 + 5 + 5);
        assertThat(row.value3()).isEqualTo(agent.id());
        List<TaskInfo> tasks = platform.service(TaskService.class).openAssignedTo(agent.id(), null, null, 10);
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.source()).isEqualTo("acquisition");
            assertThat(task.title()).isEqualTo("Contact new lead: Rita Runtime (Runtime AG)");
            assertThat(task.description()).contains("acquisition/leads/" + row.value1());
        });
        assertThat(dsl.select(Tables.DOMAIN_EVENT.EVENT_TYPE).from(Tables.DOMAIN_EVENT)
                .where(Tables.DOMAIN_EVENT.SOURCE.eq("acquisition")).orderBy(Tables.DOMAIN_EVENT.ID)
                .fetch(Tables.DOMAIN_EVENT.EVENT_TYPE)).containsExactly(
                "acquisition:dev.rapport.plugin.acquisition.event.LeadCaptured",
                "acquisition:dev.rapport.plugin.acquisition.event.LeadAssigned");
        MetricRegistry metrics = platform.service(MetricRegistry.class);
        MetricRegistry.PluginMetric newLeads = metrics.metrics().stream()
                .filter(metric -> metric.fullId().equals("acquisition/new-leads")).findFirst().orElseThrow();
        assertThat(metrics.compute(newLeads, Optional.empty(), new ReportingPeriod(LocalDate.now(ZoneOffset.UTC),
                LocalDate.now(ZoneOffset.UTC).plusDays(1))).value()).contains(BigDecimal.ONE);
    }

    @Test
    @Order(3)
    void badPostsGetClearAnswersAndStoreNothing() {
        int before = stored();
        Map<String, String> noToken = lead("no.token@example.com");
        noToken.remove("token");
        Map<String, String> wrongToken = lead("wrong.token@example.com");
        wrongToken.put("token", "guessed");
        Map<String, String> badEmail = lead("not an email");

        assertAnswer(postForm(noToken), 400, "token-missing");
        assertAnswer(postForm(wrongToken), 403, "token-invalid");
        HttpResponse<String> invalid = postForm(badEmail);
        assertAnswer(invalid, 422, "invalid");
        assertThat(invalid.body()).contains("\"email\":\"“not an email” is not a valid email address.\"");
        assertAnswer(post("public/acquisition/web-form", "application/x-www-form-urlencoded",
                "token=" + token + "&message=" + "x".repeat(5000)), 413, "payload-too-large");
        assertAnswer(post("public/acquisition/web-form", "application/json", "{\"token\":\"" + token + "\"}"), 415,
                "unsupported-media-type");
        assertAnswer(post("public/acquisition/no-such-endpoint", "application/x-www-form-urlencoded", "a=b"), 404,
                "not-found");
        HttpResponse<String> get = platform.server().httpGet("public/acquisition/web-form");
        requests++;
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(stored()).as("nothing stored from refused posts").isEqualTo(before);
    }

    @Test
    @Order(4)
    void aDisabledPluginServesNothingUntilItIsEnabledAgain() {
        PluginHost host = platform.service(PluginHost.class);
        host.disable("acquisition", Actor.SYSTEM);
        assertAnswer(postForm(lead("disabled@example.com")), 404, "not-found");

        host.enable("acquisition", Actor.SYSTEM);
        assertThat(postForm(lead("enabled.again@example.com")).statusCode()).isEqualTo(201);
    }

    @Test
    @Order(5)
    void aFloodFromOneAddressIsCutOffAtTheLimit() {
        // Every request of this class counts in the same minute (they take seconds): the first refused one is the
        // one after the limit.
        HttpResponse<String> answer = null;
        while (requests < REQUESTS_PER_MINUTE) {
            answer = postForm(Map.of("token", "flood"));
            assertThat(answer.statusCode()).as("request " + requests + " is within the limit").isNotEqualTo(429);
        }
        answer = postForm(Map.of("token", "flood"));
        assertAnswer(answer, 429, "rate-limited");
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        int before = stored();
        assertAnswer(postForm(lead("flood.victim@example.com")), 429, "rate-limited");
        assertThat(stored()).isEqualTo(before);
    }

    private static void assertAnswer(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"" + error + "\"").contains("\"message\":\"");
    }
}
