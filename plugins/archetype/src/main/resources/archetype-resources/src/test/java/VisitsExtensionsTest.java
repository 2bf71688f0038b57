package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sdk.DemoDataOutcome;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.extension.TimelinePosition;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's contributions to the kernel's pages, each through the test kit: its settings form, the segment facet,
 * the 360° view's key fact and timeline, the home page card, the event listener by type name and the demo data.
 */
class VisitsExtensionsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final VisitRepository visits = kernel.service(VisitRepository.class);

    @AfterEach
    void defaultSettingsForTheNextTest() {
        kernel.clearSettings();
    }

    @Test
    void theSettingsFormRefusesReminderDaysOutOfRangeAndTheCardFollowsTheSavedValue() {
        SettingField reminderDays = new VisitsSettings().fields().getFirst();
        assertThat(reminderDays.check("15")).map(FieldError::messageKey).contains(SettingField.OUT_OF_RANGE);
        assertThat(reminderDays.check("2")).isEmpty();
        CustomerInfo customer = kernel.createPerson("Dora", kernel.unique("Due"), null, false);
        LocalDate inTwoDays = LocalDate.now(kernel.context().clock()).plusDays(2);
        kernel.runAsPlugin(() -> visits.planWelcomeVisit(customer.id(), inTwoDays, -customer.id()));
        UserInfo agent = kernel.createUser(Role.AGENT, "sales");
        VisitsDueCard card = new VisitsDueCard(kernel.context(), visits);

        String withDefault = card.load(agent, Locale.ENGLISH).render().getElement().getTextRecursively();
        kernel.context().settings().put(VisitsSettings.REMINDER_DAYS, "2");
        String withTwoDays = card.load(agent, Locale.ENGLISH).render().getElement().getTextRecursively();

        assertThat(withDefault).doesNotContain(customer.displayName());
        assertThat(withTwoDays).contains(customer.displayName());
    }

    @Test
    void theHeaderShowsTheNextPlannedVisit() {
        CustomerInfo customer = kernel.createPerson("Nina", kernel.unique("Next"), null, false);
        kernel.awaitEvents();
        LocalDate planned = visits.nextPlanned(customer.id()).orElseThrow();

        List<CustomerFact> facts = new NextVisitFact(kernel.context(), visits).facts(customer, Locale.GERMAN);

        assertThat(facts).singleElement().satisfies(fact -> {
            assertThat(fact.label()).isEqualTo("Nächster Besuch");
            assertThat(fact.value()).isEqualTo(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN).format(planned));
        });
    }

    @Test
    void theTimelineListsTheVisitsDoneNewestFirstPageByPage() {
        CustomerInfo customer = kernel.createPerson("Tim", kernel.unique("Timeline"), null, false);
        kernel.signIn(kernel.createUser(Role.AGENT, "sales"));
        LocalDate today = LocalDate.now(kernel.context().clock());
        visits.record(customer.id(), today.minusDays(1), "First call on site.", today);
        visits.record(customer.id(), today, "Second call on site.", today);
        VisitsTimeline timeline = new VisitsTimeline(kernel.context(), visits);

        List<TimelineItem> first = timeline.entries(customer.id(), null, 1, Locale.ENGLISH);
        TimelineItem newest = first.getFirst();
        List<TimelineItem> next = timeline.entries(customer.id(),
                new TimelinePosition(newest.occurredAt(), newest.id()), 10, Locale.ENGLISH);

        assertThat(first).extracting(TimelineItem::subject).containsExactly("Second call on site.");
        assertThat(newest.kind()).isEqualTo("Visit");
        assertThat(next).extracting(TimelineItem::subject).containsExactly("First call on site.");
    }

    @Test
    void aLoggedMeetingCompletesThePlannedVisitOnceAndLeavesTheSegmentOfPlannedVisits() {
        CustomerInfo customer = kernel.createPerson("Mia", kernel.unique("Meeting"), null, false);
        kernel.awaitEvents();
        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        long segment = kernel.context().segments().save(SegmentDefinition.newShared(kernel.unique("Planned "),
                new SegmentFilter(null, Set.of(), null, Set.of(), false, Set.of(), null, null, null,
                        List.of(new FacetCondition(PlannedVisitFacet.KEY, Set.of(PlannedVisitFacet.YES))))));
        assertThat(member(segment, customer)).as("planned when created").isTrue();

        InteractionInfo meeting = kernel.context().interactions().append(new NewInteraction(customer.id(), null,
                Channel.MEETING, Direction.OUTBOUND, "Welcome visit", null, Outcome.COMPLETED, Instant.now()));
        kernel.awaitEvents();

        assertThat(visits.forCustomer(customer.id())).as("the kernel delivered the meeting").singleElement()
                .satisfies(visit -> assertThat(visit.status()).isEqualTo(VisitStatus.DONE));
        assertThat(member(segment, customer)).as("nothing planned any more").isFalse();
        // Delivery is at least once: the same event again, as the platform would deliver it.
        new MeetingVisitListener(kernel.context(), visits).onEvent(new EventPayload("kernel.InteractionLogged",
                        Map.of("customerId", customer.id(), "interactionId", meeting.id(), "channel", "MEETING")),
                new EventMetadata(Long.MAX_VALUE, "kernel.InteractionLogged", Instant.now(), "kernel", 2));
        assertThat(visits.forCustomer(customer.id())).hasSize(1);
    }

    @Test
    void everyContributionIsAnExtensionThePlatformFinds() throws IOException {
        // PF4J's annotation processor lists every @Extension class in this index; the platform loads only those.
        // The test classes and the kernel's jars have indexes of their own: read them all.
        List<String> indexed = new ArrayList<>();
        for (URL index : Collections.list(VisitsPlugin.class.getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                indexed.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertThat(indexed).contains(VisitsSettings.class.getName(), PlannedVisitFacet.class.getName(),
                NextVisitFact.class.getName(), VisitsTimeline.class.getName(), VisitsDueCard.class.getName(),
                MeetingVisitListener.class.getName());
    }

    @Test
    void theDemoDataIsMadeOnceAtTheFirstDemoCustomers() {
        kernel.createPerson("Demo", kernel.unique("Customer"), null, false);
        List<CustomerInfo> first = kernel.callAsPlugin(() -> kernel.context().customers()
                .list(CustomerQuery.ALL, null, VisitsDemoData.CUSTOMERS));
        VisitsDemoData demo = new VisitsDemoData(kernel.context(), visits);

        DemoDataOutcome made = kernel.callAsPlugin(() -> kernel.context().makeDemoDataOnce(demo::make));
        DemoDataOutcome again = kernel.callAsPlugin(() -> kernel.context().makeDemoDataOnce(demo::make));

        assertThat(made).isEqualTo(DemoDataOutcome.MADE);
        assertThat(again).isEqualTo(DemoDataOutcome.CLAIMED_BEFORE);
        assertThat(first).allSatisfy(customer -> assertThat(visits.forCustomer(customer.id()))
                .filteredOn(visit -> visit.note().equals("Introduced our new services.")).hasSize(1));
    }

    private static boolean member(long segment, CustomerInfo customer) {
        return kernel.context().segments().members(segment, customer.id() - 1, 1).stream()
                .anyMatch(member -> member.id() == customer.id());
    }
}
