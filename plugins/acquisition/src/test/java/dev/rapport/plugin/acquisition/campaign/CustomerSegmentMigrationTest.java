package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.lead.LeadStatus;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/** The customer segments the plugin kept before SDK 1.3 move to the kernel's segments, once. */
class CustomerSegmentMigrationTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final UserInfo manager = kernel.createUser("Marga Manager", Role.MANAGER, "marketing");

    private long oldSegment(Segment segment) {
        return new SegmentRepository(kernel.dsl()).save(segment, Instant.now());
    }

    private long campaignDrawingFrom(long oldSegmentId) {
        kernel.signIn(manager);
        long id = kernel.service(CampaignService.class).create(new CampaignDraft(kernel.unique("Spring "), null,
                Set.of(CampaignChannel.EMAIL), LocalDate.now(), LocalDate.now().plusDays(10), BigDecimal.TEN,
                BigDecimal.ONE, null));
        kernel.dsl().update(ACQ_CAMPAIGN).set(ACQ_CAMPAIGN.SEGMENT_ID, oldSegmentId)
                .where(ACQ_CAMPAIGN.ID.eq(id)).execute();
        return id;
    }

    /** As the plugin's start runs it: as the plugin's own identity. */
    private int migrate() {
        return kernel.callAsPlugin(() -> new CustomerSegmentMigration(kernel.context()).migrate());
    }

    @Test
    void customerSegmentsBecomeKernelSegmentsOnceAndTheirCampaignsFollowThem() {
        String name = kernel.unique("Consenting VIPs ");
        long old = oldSegment(new Segment(0, name, SegmentAudience.CUSTOMERS, "Sm", Set.of(LifecycleStage.CUSTOMER),
                7L, "vip", true, Set.of(), null, null));
        long leads = oldSegment(new Segment(0, kernel.unique("Qualified "), SegmentAudience.LEADS, null, Set.of(), null, null,
                false, Set.of(LeadStatus.QUALIFIED), null, 10));
        long campaign = campaignDrawingFrom(old);
        long leadCampaign = campaignDrawingFrom(leads);

        int moved = migrate();

        assertThat(moved).isEqualTo(1);
        SegmentInfo kernelSegment = kernel.context().segments().list().stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow();
        assertThat(kernelSegment.shared()).isTrue();
        assertThat(kernelSegment.filter()).isEqualTo(new SegmentFilter("Sm", Set.of(LifecycleStage.CUSTOMER), 7L, Set.of("vip"),
                true, Set.of(), null, null, null, null));
        Campaign moving = new CampaignRepository(kernel.dsl()).get(campaign);
        assertThat(moving.customerSegmentId()).isEqualTo(kernelSegment.id());
        assertThat(moving.segmentId()).isNull();
        assertThat(new CampaignRepository(kernel.dsl()).get(leadCampaign).segmentId()).isEqualTo(leads);
        SegmentRepository rows = new SegmentRepository(kernel.dsl());
        assertThat(rows.unmovedCustomerSegments()).extracting(Segment::id).doesNotContain(old);
        assertThat(rows.all()).extracting(Segment::id).contains(leads);

        assertThat(migrate()).as("a second start moves nothing").isZero();
        assertThat(kernel.context().segments().list()).filteredOn(s -> s.name().equals(name)).hasSize(1);
    }

    @Test
    void aMoveInterruptedAfterTheKernelSegmentWasMadeFinishesWithThatSegment() {
        String name = kernel.unique("Half moved ");
        long old = oldSegment(new Segment(0, name, SegmentAudience.CUSTOMERS, null, Set.of(), null, null, true, Set.of(),
                null, null));
        long campaign = campaignDrawingFrom(old);
        long made = kernel.callAsPlugin(() -> kernel.context().segments().save(SegmentDefinition.newShared(name,
                SegmentFilter.ALL)));

        migrate();

        assertThat(kernel.context().segments().list()).filteredOn(s -> s.name().equals(name)).extracting(SegmentInfo::id)
                .containsExactly(made);
        assertThat(new CampaignRepository(kernel.dsl()).get(campaign).customerSegmentId()).isEqualTo(made);
    }

    @Test
    void theCampaignScreensShowKernelAndLeadSegmentsAndTargetsComeFromTheKernelSegment() {
        kernel.signIn(manager);
        SegmentService segments = kernel.service(SegmentService.class);
        String tag = kernel.unique("mig");
        var member = AcquisitionTestData.customer(kernel, dev.rapport.sdk.customer.CustomerKind.PERSON, "Mia " + tag,
                "mia@" + tag + ".example", null, true, null);
        long customers = segments.save(new Segment(0, kernel.unique("Mias "), SegmentAudience.CUSTOMERS, "Mia " + tag, Set.of(),
                null, null, true, Set.of(), null, null));
        long leads = segments.save(new Segment(0, kernel.unique("New leads "), SegmentAudience.LEADS, null, Set.of(), null, null,
                false, Set.of(LeadStatus.NEW), null, null));

        assertThat(segments.all()).extracting(Segment::audience, Segment::id)
                .contains(org.assertj.core.groups.Tuple.tuple(SegmentAudience.CUSTOMERS, customers),
                        org.assertj.core.groups.Tuple.tuple(SegmentAudience.LEADS, leads));
        assertThat(kernel.context().segments().find(customers)).as("a kernel segment").isPresent();

        long campaign = campaignDrawingFrom(0);
        TargetListBuilder.Result result = kernel.service(TargetListBuilder.class)
                .addFromSegment(campaign, SegmentAudience.CUSTOMERS, customers);
        assertThat(result.added()).isEqualTo(1);
        assertThat(kernel.service(TargetListBuilder.class).targets(campaign, null, 10)).extracting(CampaignTarget::customerId)
                .containsExactly(member.id());
        assertThat(new CampaignRepository(kernel.dsl()).get(campaign).customerSegmentId()).isEqualTo(customers);
    }
}
