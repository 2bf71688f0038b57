package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN;
import static dev.rapport.plugin.acquisition.testing.TestPlugin.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.testing.PluginDatabase;
import dev.rapport.plugin.acquisition.testing.TestPlugin;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The customer segments the plugin kept before SDK 1.3 move to the kernel's segments, once. */
class CustomerSegmentMigrationTest {

    private final TestPlugin plugin = new TestPlugin();
    private final UserInfo manager = plugin.context.kernel.addUser("Marga Manager", Role.MANAGER, "marketing");

    private long oldSegment(Segment segment) {
        return new SegmentRepository(PluginDatabase.dsl()).save(segment, Instant.now());
    }

    private long campaignDrawingFrom(long oldSegmentId) {
        plugin.context.kernel.actAs(manager);
        long id = plugin.service(CampaignService.class).create(new CampaignDraft(unique("Spring "), null,
                Set.of(CampaignChannel.EMAIL), LocalDate.now(), LocalDate.now().plusDays(10), BigDecimal.TEN,
                BigDecimal.ONE, null));
        PluginDatabase.dsl().update(ACQ_CAMPAIGN).set(ACQ_CAMPAIGN.SEGMENT_ID, oldSegmentId)
                .where(ACQ_CAMPAIGN.ID.eq(id)).execute();
        return id;
    }

    @Test
    void customerSegmentsBecomeKernelSegmentsOnceAndTheirCampaignsFollowThem() {
        String name = unique("Consenting VIPs ");
        long old = oldSegment(new Segment(0, name, SegmentAudience.CUSTOMERS, "Sm", Set.of(LifecycleStage.CUSTOMER),
                7L, "vip", true, Set.of(), null, null));
        long leads = oldSegment(new Segment(0, unique("Qualified "), SegmentAudience.LEADS, null, Set.of(), null, null,
                false, Set.of(LeadStatus.QUALIFIED), null, 10));
        long campaign = campaignDrawingFrom(old);
        long leadCampaign = campaignDrawingFrom(leads);

        int moved = new CustomerSegmentMigration(plugin.context).migrate();

        assertThat(moved).isEqualTo(1);
        SegmentInfo kernel = plugin.context.segments.list().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(kernel.shared()).isTrue();
        assertThat(kernel.filter()).isEqualTo(new SegmentFilter("Sm", Set.of(LifecycleStage.CUSTOMER), 7L, Set.of("vip"),
                true, Set.of(), null, null, null, null));
        Campaign moving = new CampaignRepository(PluginDatabase.dsl()).get(campaign);
        assertThat(moving.customerSegmentId()).isEqualTo(kernel.id());
        assertThat(moving.segmentId()).isNull();
        assertThat(new CampaignRepository(PluginDatabase.dsl()).get(leadCampaign).segmentId()).isEqualTo(leads);
        SegmentRepository rows = new SegmentRepository(PluginDatabase.dsl());
        assertThat(rows.unmovedCustomerSegments()).extracting(Segment::id).doesNotContain(old);
        assertThat(rows.all()).extracting(Segment::id).contains(leads);

        assertThat(new CustomerSegmentMigration(plugin.context).migrate()).as("a second start moves nothing").isZero();
        assertThat(plugin.context.segments.list()).filteredOn(s -> s.name().equals(name)).hasSize(1);
    }

    @Test
    void aMoveInterruptedAfterTheKernelSegmentWasMadeFinishesWithThatSegment() {
        String name = unique("Half moved ");
        long old = oldSegment(new Segment(0, name, SegmentAudience.CUSTOMERS, null, Set.of(), null, null, true, Set.of(),
                null, null));
        long campaign = campaignDrawingFrom(old);
        long made = plugin.context.segments.save(SegmentDefinition.newShared(name, SegmentFilter.ALL));

        new CustomerSegmentMigration(plugin.context).migrate();

        assertThat(plugin.context.segments.list()).filteredOn(s -> s.name().equals(name)).extracting(SegmentInfo::id)
                .containsExactly(made);
        assertThat(new CampaignRepository(PluginDatabase.dsl()).get(campaign).customerSegmentId()).isEqualTo(made);
    }

    @Test
    void theCampaignScreensShowKernelAndLeadSegmentsAndTargetsComeFromTheKernelSegment() {
        plugin.context.kernel.actAs(manager);
        SegmentService segments = plugin.service(SegmentService.class);
        String tag = unique("mig");
        var member = plugin.context.customers.add(dev.rapport.sdk.customer.CustomerKind.PERSON, "Mia " + tag,
                "mia@" + tag + ".example", null, true, null);
        long customers = segments.save(new Segment(0, unique("Mias "), SegmentAudience.CUSTOMERS, "Mia " + tag, Set.of(),
                null, null, true, Set.of(), null, null));
        long leads = segments.save(new Segment(0, unique("New leads "), SegmentAudience.LEADS, null, Set.of(), null, null,
                false, Set.of(LeadStatus.NEW), null, null));

        assertThat(segments.all()).extracting(Segment::audience, Segment::id)
                .contains(org.assertj.core.groups.Tuple.tuple(SegmentAudience.CUSTOMERS, customers),
                        org.assertj.core.groups.Tuple.tuple(SegmentAudience.LEADS, leads));
        assertThat(plugin.context.segments.find(customers)).as("a kernel segment").isPresent();

        long campaign = campaignDrawingFrom(0);
        TargetListBuilder.Result result = plugin.service(TargetListBuilder.class)
                .addFromSegment(campaign, SegmentAudience.CUSTOMERS, customers);
        assertThat(result.added()).isEqualTo(1);
        assertThat(plugin.service(TargetListBuilder.class).targets(campaign, null, 10)).extracting(CampaignTarget::customerId)
                .containsExactly(member.id());
        assertThat(new CampaignRepository(PluginDatabase.dsl()).get(campaign).customerSegmentId()).isEqualTo(customers);
    }
}
