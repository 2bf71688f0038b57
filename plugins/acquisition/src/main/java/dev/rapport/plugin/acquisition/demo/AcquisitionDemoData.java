package dev.rapport.plugin.acquisition.demo;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_RESPONSE;

import dev.rapport.plugin.acquisition.assignment.AssignmentKind;
import dev.rapport.plugin.acquisition.assignment.AssignmentRule;
import dev.rapport.plugin.acquisition.assignment.AssignmentRuleRepository;
import dev.rapport.plugin.acquisition.campaign.ActivityRepository;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignRepository;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.CampaignTarget;
import dev.rapport.plugin.acquisition.campaign.ResponseOrigin;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.campaign.Segment;
import dev.rapport.plugin.acquisition.campaign.SegmentAudience;
import dev.rapport.plugin.acquisition.campaign.SegmentRepository;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.plugin.acquisition.campaign.TargetRepository;
import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.capture.DuplicatePolicy;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.capture.WebForm;
import dev.rapport.plugin.acquisition.capture.WebFormService;
import dev.rapport.plugin.acquisition.lead.ConversionRequest;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadInteractionRepository;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.support.AcquisitionSettings;
import dev.rapport.plugin.acquisition.support.Products;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Demo data of the plugin, made once on a demo installation's first start so that its screens show a living
 * funnel: three campaigns (one over, one running, one planned) with activities, targets and responses (the trade
 * fair's visitors, the newsletter's opens and replies); thirty leads
 * in every status, some converted into demo customers; assignment rules, segments and web forms. Deterministic
 * (a fixed seed and fixed names); small, so the first start stays quick. Made through the plugin's own services,
 * as the system, in {@link DemoSteps}: each step's data and its record in one transaction, so a first start cut
 * short anywhere is completed by the next start and nothing is made twice.
 */
public final class AcquisitionDemoData {

    /** Set by versions that made the demo data in one go; such an installation has it all. */
    private static final String LEGACY_GENERATED = "demo.generated";
    private static final String[] FIRST_NAMES = {"Mia", "Jonas", "Léa", "Lucas", "Sofia", "Noah", "Emma", "Luca",
            "Hannah", "Elias", "Clara", "Finn", "Giulia", "Matteo", "Sara"};
    private static final String[] LAST_NAMES = {"Bauer", "Keller", "Dubois", "Moretti", "Jansen", "Novak", "Fischer",
            "Lambert", "Weber", "Rossi", "Brunner", "Meyer", "Conti", "Visser", "Roth"};
    private static final String[] COMPANIES = {"Alpenblick AG", "Nordlicht GmbH", "Atelier Lumière", "Casa Verde Srl",
            "Delta Logistics BV", "Helvetia Print", "Brightside Ltd", null, null, null};
    private static final String[] TITLES = {"Head of Finance", "Owner", "Office Manager", "Director of Operations",
            "Accountant", null};
    private static final String[] COUNTRIES = {"DE", "CH", "AT", "FR", "IT", "NL", "GB", "US"};
    private static final LeadSource[] SOURCES = {LeadSource.WEB_FORM, LeadSource.REFERRAL, LeadSource.PHONE_INQUIRY,
            LeadSource.IMPORT, LeadSource.OTHER};

    /** Customers the newsletter (the first 40) and the savings-plan call campaign (the next 12) target. */
    private static final int TARGETED = 52;

    private final PluginContext context;
    private final LeadCapture capture;
    private final LeadConversion conversion;
    private final CampaignService campaigns;
    private final ResponseService responses;
    private final DemoSteps steps;
    private Random random;

    public AcquisitionDemoData(PluginContext context, LeadCapture capture, LeadConversion conversion,
                               CampaignService campaigns, ResponseService responses) {
        this(context, capture, conversion, campaigns, responses, step -> { });
    }

    /** @param beforeRecording runs in each step's transaction before the step is recorded (tests cut a start short there) */
    AcquisitionDemoData(PluginContext context, LeadCapture capture, LeadConversion conversion, CampaignService campaigns,
                        ResponseService responses, java.util.function.Consumer<String> beforeRecording) {
        this.steps = new DemoSteps(context.dsl(), context.clock(), beforeRecording);
        this.context = context;
        this.capture = capture;
        this.conversion = conversion;
        this.campaigns = campaigns;
        this.responses = responses;
    }

    /**
     * Makes the steps of the demo data not made before (all of it on a first start; what a cut-short first start left
     * on the next). A failure is logged and leaves the plugin running; the next start tries the step again.
     */
    public void generateOnFirstStart() {
        if (context.settings().get(LEGACY_GENERATED).isPresent() || steps.allDone()) {
            return;
        }
        long started = System.nanoTime();
        try {
            generate();
            context.logger().info("Acquisition demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            context.logger().warn("Acquisition demo data could not be made completely; the next start goes on", e);
        }
    }

    private void generate() {
        Instant now = context.clock().instant();
        String consenting = "Customers with marketing consent";
        // Kernel segments are not written in the plugin's transaction; the name check makes this part repeatable.
        if (context.segments().list().stream().noneMatch(segment -> segment.name().equals(consenting))) {
            context.segments().save(SegmentDefinition.newShared(consenting, new SegmentFilter(null,
                    Set.of(LifecycleStage.CUSTOMER), null, Set.of(), true, Set.of(), null, null, null, List.of())));
        }
        steps.run(DemoSteps.RULES, tx -> rulesAndSegments(tx, now));
        steps.run(DemoSteps.FUNNEL, tx -> funnel(tx, now));
        steps.run(DemoSteps.CONSENT, this::withdrawConsentOfUnsubscribers);
    }

    private void rulesAndSegments(DSLContext tx, Instant now) {
        Long sales = context.staff().departmentByCode("sales").map(Department::id).orElse(null);
        if (sales != null) {
            AssignmentRuleRepository rules = new AssignmentRuleRepository(tx);
            rules.insert(new AssignmentRule(0, 0, AssignmentKind.TERRITORY, "DE, AT, CH", null, null, sales, true), now);
            rules.insert(new AssignmentRule(0, 0, AssignmentKind.ANY, null, null, null, sales, true), now);
        }
        new SegmentRepository(tx).save(new Segment(0, "Qualified leads", SegmentAudience.LEADS, null, Set.of(), null,
                null, false, Set.of(LeadStatus.QUALIFIED), null, null), now);
    }

    /** Campaigns, leads, targets, responses, conversions and web forms: one transaction, as they refer to each other. */
    private void funnel(DSLContext tx, Instant now) {
        random = new Random(42);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Long marketing = context.staff().departmentByCode("marketing").map(Department::id).orElse(null);
        CampaignRepository campaignRepository = new CampaignRepository(tx);
        String currency = campaigns.currency();
        long fair = campaignRepository.insert(new CampaignDraft("Spring trade fair", "Meet small businesses looking for a "
                + "new bank at the regional trade fair; collect leads at the stand.", Set.of(CampaignChannel.EVENT),
                today.minusDays(80), today.minusDays(60), new BigDecimal("12000.00"), new BigDecimal("11250.00"), marketing),
                currency, null, now);
        long newsletter = campaignRepository.insert(new CampaignDraft("Newsletter: savings plans", "Win existing customers "
                + "over to a savings plan; measure opens and replies.", Set.of(CampaignChannel.EMAIL),
                today.minusDays(20), today.plusDays(10), new BigDecimal("3000.00"), new BigDecimal("1800.00"), marketing),
                currency, null, now);
        long webinar = campaignRepository.insert(new CampaignDraft("Webinar: digital banking", "Show prospects how our "
                + "online banking works; registrations through the website.", Set.of(CampaignChannel.WEB, CampaignChannel.EMAIL),
                today.plusDays(15), today.plusDays(20), new BigDecimal("1500.00"), BigDecimal.ZERO, marketing),
                currency, null, now);
        ActivityRepository activities = new ActivityRepository(tx);
        activities.insert(fair, "Book the stand", CampaignChannel.EVENT, today.minusDays(120), now);
        activities.insert(fair, "Send the follow-up mailing", CampaignChannel.EMAIL, today.minusDays(55), now);
        activities.insert(newsletter, "Send the newsletter", CampaignChannel.EMAIL, today.minusDays(18), now);
        activities.insert(newsletter, "Send the reminder", CampaignChannel.EMAIL, today.plusDays(2), now);
        activities.insert(webinar, "Invite prospects", CampaignChannel.EMAIL, today.plusDays(3), now);
        activities.insert(webinar, "Hold the webinar", CampaignChannel.WEB, today.plusDays(16), now);
        new ActivityRepository(tx).forCampaign(fair).forEach(activity -> activities.setDone(activity.id(), true));

        List<CustomerInfo> withConsent = customersWithConsent();
        List<CampaignTarget> newsletterTargets = addCustomerTargets(tx, newsletter, withConsent.subList(0,
                Math.min(40, withConsent.size())), now);
        List<Long> leads = captureLeads(tx, fair, now);
        addFairTargetsAndVisits(tx, fair, leads.subList(0, Math.min(8, leads.size())),
                withConsent.subList(Math.min(40, withConsent.size()), Math.min(52, withConsent.size())), now);
        recordNewsletterResponses(tx, newsletterTargets, now);
        convertSome(tx, leads, newsletterTargets);

        WebFormService forms = new WebFormService(context);
        forms.save(tx, new WebForm(0, "Website contact form", null, null, null, null, true));
        forms.save(tx, new WebForm(0, "Webinar registration", null, webinar, ResponseType.ATTENDED, null, true));
    }

    /** The kernel's consent is not written in the plugin's transaction: withdrawn after the responses, repeatably. */
    private void withdrawConsentOfUnsubscribers(DSLContext tx) {
        tx.selectDistinct(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID).from(ACQ_CAMPAIGN_RESPONSE)
                .where(ACQ_CAMPAIGN_RESPONSE.RESPONSE_TYPE.eq(ResponseType.UNSUBSCRIBED.name())
                        .and(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID.isNotNull()))
                .orderBy(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID).fetch(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID)
                .forEach(customerId -> responses.withdrawConsentFirst(customerId, ResponseType.UNSUBSCRIBED));
    }

    /**
     * The oldest customers (at most the {@value #TARGETED} the campaigns target) who agree to receive marketing, in a
     * fixed order; read page by page, since many of the oldest may not agree.
     */
    private List<CustomerInfo> customersWithConsent() {
        CustomerQuery customers = new CustomerQuery(null, Set.of(LifecycleStage.CUSTOMER), null, null);
        List<CustomerInfo> agreeing = new java.util.ArrayList<>();
        List<CustomerInfo> page = context.customers().list(customers, null, 200);
        while (!page.isEmpty() && agreeing.size() < TARGETED) {
            page.stream().filter(CustomerInfo::marketingConsent).forEach(agreeing::add);
            page = context.customers().list(customers, page.get(page.size() - 1), 200);
        }
        return agreeing.subList(0, Math.min(TARGETED, agreeing.size()));
    }

    /** {@code customers} become the campaign's targets. */
    private List<CampaignTarget> addCustomerTargets(DSLContext tx, long campaignId, List<CustomerInfo> customers,
                                                    Instant now) {
        TargetRepository targets = new TargetRepository(tx);
        for (CustomerInfo customer : customers) {
            targets.add(campaignId, customer.id(), null, customer.displayName(), customer.primaryEmail(), now);
        }
        return targets.page(campaignId, null, customers.size());
    }

    /**
     * The trade fair invited some customers (who did not come) and the prospects met at the stand: those are its
     * targets too, each with an "attended" response recorded by hand on the day they came.
     */
    private void addFairTargetsAndVisits(DSLContext tx, long fairId, List<Long> fairLeads, List<CustomerInfo> invited,
                                         Instant now) {
        addCustomerTargets(tx, fairId, invited, now);
        TargetRepository targets = new TargetRepository(tx);
        LeadRepository leads = new LeadRepository(tx);
        for (long leadId : fairLeads) {
            var lead = leads.get(leadId);
            targets.add(fairId, null, leadId, lead.displayName(), lead.email(), now);
            CampaignTarget target = targets.findByLead(fairId, leadId).orElseThrow();
            responses.recordForTarget(tx, target.id(), new ResponseService.ResponseDetails(ResponseType.ATTENDED,
                    Channel.MEETING, "Visited the stand", lead.capturedAt()), ResponseOrigin.MANUAL);
        }
    }

    private List<Long> captureLeads(DSLContext tx, long fairId, Instant now) {
        List<ProductInfo> products = Products.of(context.customers()).byId().values().stream()
                .filter(ProductInfo::active).sorted(java.util.Comparator.comparingLong(ProductInfo::id)).toList();
        List<Long> leads = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String first = FIRST_NAMES[i % FIRST_NAMES.length];
            String last = LAST_NAMES[(i * 7) % LAST_NAMES.length];
            String company = COMPANIES[i % COMPANIES.length];
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            LeadSource source = i < 8 ? LeadSource.TRADE_SHOW : SOURCES[i % SOURCES.length];
            Set<Long> interest = products.isEmpty() ? Set.of() : Set.of(products.get(random.nextInt(products.size())).id());
            LeadDraft draft = new LeadDraft(first, last, company, TITLES[i % TITLES.length],
                    (first + "." + last + i).toLowerCase(java.util.Locale.ROOT).replace("é", "e") + "@example.com", null,
                    null, null, null, country, null, random.nextBoolean(), source,
                    source == LeadSource.TRADE_SHOW ? "Spring trade fair" : null, source == LeadSource.TRADE_SHOW ? fairId : null,
                    null, interest);
            Channel channel = source == LeadSource.TRADE_SHOW ? Channel.MEETING
                    : source == LeadSource.PHONE_INQUIRY ? Channel.PHONE : Channel.WEB;
            CaptureOrigin origin = new CaptureOrigin(channel, "Lead captured: " + source.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '), null, null, null);
            Instant capturedAt = now.minus(Duration.ofDays(i < 8 ? 70 - i : 1 + random.nextInt(45)))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            CaptureResult result = capture.capture(tx, draft, origin, DuplicatePolicy.FLAG);
            long leadId = ((CaptureResult.Captured) result).leadId();
            new LeadRepository(tx).backdate(leadId, capturedAt);
            progress(tx, leadId, i, capturedAt, now);
            leads.add(leadId);
        }
        return leads;
    }

    /**
     * Moves every few leads along, as people would have: contacted (before now), qualified (only at the scoring
     * threshold or above; below it the lead stays contacted) or disqualified.
     */
    private void progress(DSLContext tx, long leadId, int index, Instant capturedAt, Instant now) {
        LeadRepository leads = new LeadRepository(tx);
        Lead lead = leads.get(leadId);
        LeadStatus status = lead.status();
        if (index % 5 == 0 || !status.isOpen()) {
            return;
        }
        Instant contacted = capturedAt.plus(Duration.ofHours(4 + random.nextInt(70)));
        if (contacted.isAfter(now)) {
            contacted = capturedAt.plus(Duration.between(capturedAt, now).dividedBy(2));
        }
        boolean qualifies = lead.score() >= new AcquisitionSettings(context.settings()).qualificationThreshold();
        new LeadInteractionRepository(tx).append(leadId, Channel.PHONE, Direction.OUTBOUND, "Introductory call",
                "Talked about their needs; sending material.", Outcome.COMPLETED, contacted, null, contacted);
        leads.markFirstContact(leadId, contacted);
        switch (index % 5) {
            case 1 -> leads.setStatus(leadId, LeadStatus.CONTACTED, null, contacted);
            case 2 -> leads.setStatus(leadId, qualifies ? LeadStatus.QUALIFIED : LeadStatus.CONTACTED, null, contacted);
            case 3 -> leads.setStatus(leadId, LeadStatus.DISQUALIFIED, "No budget this year", contacted);
            default -> leads.setStatus(leadId, status == LeadStatus.NEW ? LeadStatus.CONTACTED : status, null, contacted);
        }
    }

    private void recordNewsletterResponses(DSLContext tx, List<CampaignTarget> targets, Instant now) {
        ResponseType[] types = {ResponseType.OPENED, ResponseType.OPENED, ResponseType.REPLIED, ResponseType.OPENED,
                ResponseType.PURCHASED, ResponseType.OPENED, ResponseType.REPLIED, ResponseType.UNSUBSCRIBED};
        for (int i = 0; i < Math.min(16, targets.size()); i++) {
            responses.recordForTarget(tx, targets.get(i).id(), new ResponseService.ResponseDetails(types[i % types.length],
                    Channel.EMAIL, null, now.minus(Duration.ofDays(15 - i % 10))), ResponseOrigin.IMPORT);
        }
    }

    /** Five trade-fair leads became customers: two new ones, three joined existing customers (with their purchases). */
    private void convertSome(DSLContext tx, List<Long> leads, List<CampaignTarget> customers) {
        for (int i = 0; i < 5 && i < leads.size(); i++) {
            long leadId = leads.get(i + 1);
            if (!new LeadRepository(tx).get(leadId).status().isOpen()) {
                continue;
            }
            ConversionRequest request = i < 2 || customers.size() <= 20 + i
                    ? new ConversionRequest.ToNewCustomer(
                    new LeadRepository(tx).get(leadId).company() == null ? CustomerKind.PERSON
                            : CustomerKind.ORGANISATION,
                    LifecycleStage.CUSTOMER, "en", campaigns.currency(), "Europe/Zurich", null)
                    : new ConversionRequest.IntoExistingCustomer(customers.get(20 + i).customerId());
            conversion.convert(tx, leadId, request);
        }
    }
}
