package dev.rapport.plugin.service.demo;

import dev.rapport.plugin.service.agreement.Agreement;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.ServiceCalendar;
import dev.rapport.plugin.service.agreement.Targets;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueMember;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.request.ServiceSettings;
import dev.rapport.plugin.service.rma.InspectionOutcome;
import dev.rapport.plugin.service.rma.RmaCoverage;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.sla.CalendarSpec;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.plugin.service.survey.SurveyTokens;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo data of the plugin, made once on a demo installation's first start: the Customer Service department's two
 * queues (round-robin, and card disputes by skill) with its agents, a premium agreement with extended hours for a
 * few demo customers (one, who bought before, ending in a month), and about forty requests of the demo customers opened over the last two weeks and walked
 * through their statuses (answered, waiting on the customer, resolved with logged time, some left to breach), so
 * the queue, the clock bars, the 360° tab and the metrics show something at once. Deterministic (a fixed seed),
 * made through the plugin's own services as the system, on a clock set to the past.
 */
public final class ServiceDemoData {

    private static final String[] SUBJECTS = {"Card declined abroad", "Statement missing for last month",
            "Wrong interest on savings account", "Cannot log in to online banking", "Standing order not executed",
            "Address change not applied", "Fee charged twice", "New PIN requested", "Transfer to wrong IBAN",
            "Question about loan repayment"};
    private static final String[] CATEGORIES = {"cards", "statements", "savings", "online", "payments", "account",
            "fees", "cards", "payments", "loans"};
    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.PHONE, Channel.WEB, Channel.CHAT, Channel.EMAIL};

    private final PluginContext context;
    private final SurveyTokens tokens;
    private final AgreementService agreements;
    private final QueueService queues;
    private final ServiceSettings settings;

    public ServiceDemoData(PluginContext context, SurveyTokens tokens, AgreementService agreements, QueueService queues,
                           ServiceSettings settings) {
        this.context = context;
        this.tokens = tokens;
        this.agreements = agreements;
        this.queues = queues;
        this.settings = settings;
    }

    /**
     * Makes the demo data unless it was made before, on this or another node; a failure is logged and leaves the
     * plugin running (see {@link PluginContext#makeDemoDataOnce}).
     */
    public void generateOnFirstStart() {
        context.makeDemoDataOnce(this::generate);
    }

    private void generate() {
        Department service = context.staff().departmentByCode("service").orElse(null);
        List<CustomerInfo> customers = context.customers().list(CustomerQuery.ALL, null, 40);
        if (service == null || customers.isEmpty()) {
            return;
        }
        List<UserInfo> staff = context.staff().members(service.id());
        Long manager = staff.stream().filter(user -> user.role().includes(Role.MANAGER)).map(UserInfo::id).findFirst()
                .orElse(null);
        List<QueueMember> agents = staff.stream().filter(user -> user.role().includes(Role.AGENT))
                .map(user -> new QueueMember(user.id(), Set.of("cards", "payments"))).toList();
        Queue general = queues.all().getFirst();
        queues.save(new Queue(general.id(), general.name(), service.id(), manager, AssignmentMode.ROUND_ROBIN,
                general.hourlyRate(), general.currency(), general.version()), agents);
        long disputes = queues.save(new Queue(0, "Card disputes", service.id(), manager, AssignmentMode.SKILL,
                new BigDecimal("55.00"), "EUR", 0), agents);

        long extended = agreements.saveCalendar(new ServiceCalendar(0, "Extended hours", ZoneId.of("Europe/Berlin"),
                CalendarSpec.parse("MONDAY=08:00-20:00;TUESDAY=08:00-20:00;WEDNESDAY=08:00-20:00;THURSDAY=08:00-20:00;"
                        + "FRIDAY=08:00-20:00;SATURDAY=09:00-14:00"), Map.of(LocalDate.of(2026, 12, 25), "Christmas Day",
                LocalDate.of(2026, 12, 26), "Boxing Day", LocalDate.of(2027, 1, 1), "New Year"), 0));
        Map<Priority, Targets> premium = new EnumMap<>(Priority.class);
        premium.put(Priority.URGENT, Targets.ofMinutes(30, 120));
        premium.put(Priority.HIGH, Targets.ofMinutes(60, 240));
        premium.put(Priority.NORMAL, Targets.ofMinutes(120, 480));
        premium.put(Priority.LOW, Targets.ofMinutes(240, 960));
        // One customer who bought something has an agreement that runs out in a month, unrenewed: retention scores
        // them and names it as a churn reason.
        CustomerInfo ending = customers.stream()
                .filter(customer -> !context.customers().transactions(customer.id(), null, 1).isEmpty())
                .findFirst().orElse(customers.getFirst());
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        agreements.saveAgreement(new Agreement(0, "Premium support", ending.id(), null, Set.of(),
                LocalDate.of(2026, 1, 1), today.plusDays(30), extended, premium, 0));
        for (CustomerInfo customer : customers.subList(0, Math.min(3, customers.size()))) {
            if (customer != ending) {
                agreements.saveAgreement(new Agreement(0, "Premium support", customer.id(), null, Set.of(),
                        LocalDate.of(2026, 1, 1), null, extended, premium, 0));
            }
        }
        requests(customers, general.id(), disputes);
    }

    private void requests(List<CustomerInfo> customers, long general, long disputes) {
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MINUTES);
        DemoClock clock = new DemoClock(now);
        SurveyService surveys = new SurveyService(context, tokens, clock, settings.surveyValidity());
        RequestService requests = new RequestService(context, agreements, queues, settings, clock,
                (tx, resolved) -> surveys.inviteAfterResolution(tx, resolved, ""));
        RmaService rmas = new RmaService(context, new RmaCoverage(context.customers(), agreements), settings, clock);
        Random random = new Random(18);
        for (int i = 0; i < customers.size(); i++) {
            int kind = random.nextInt(SUBJECTS.length);
            Instant opened = now.minus(Duration.ofMinutes(30 + random.nextInt(14 * 24 * 60)));
            clock.set(opened);
            long queue = "cards".equals(CATEGORIES[kind]) && i % 2 == 0 ? disputes : general;
            long id = requests.open(new RequestDraft(customers.get(i).id(), null, queue, SUBJECTS[kind], null,
                    CHANNELS[i % CHANNELS.length], CATEGORIES[kind], Priority.values()[random.nextInt(4)], null, null));
            walk(requests, clock, random, id, opened, now, i % 5);
            answerSurvey(surveys, clock, random, requests.get(id), now);
            if (i % 13 == 3) {
                returnOf(rmas, clock, requests.get(id), now, i % 2 == 0);
            }
        }
    }

    /** Moves a request on through a few steps, never past {@code now}. */
    private static void walk(RequestService requests, DemoClock clock, Random random, long id, Instant opened,
                             Instant now, int story) {
        Instant replied = opened.plus(Duration.ofMinutes(20 + random.nextInt(300)));
        if (story == 0 || replied.isAfter(now)) {
            return; // left untouched: the SLA scan warns and breaches as time goes by
        }
        clock.set(replied);
        RequestStatus then = story == 1 ? RequestStatus.WAITING_ON_CUSTOMER : RequestStatus.IN_PROGRESS;
        requests.reply(id, requests.get(id).version(), "Thank you for getting in touch: we are looking into it.", then);
        if (story >= 3) {
            Instant resolved = replied.plus(Duration.ofMinutes(60 + random.nextInt(24 * 60)));
            if (resolved.isAfter(now)) {
                return;
            }
            clock.set(resolved);
            requests.logTime(id, 15 + random.nextInt(90));
            ServiceRequest request = requests.get(id);
            requests.changeStatus(id, request.version(), RequestStatus.RESOLVED, "Solved with the customer.");
            if (story == 4 && resolved.plus(Duration.ofDays(3)).isBefore(now)) {
                clock.set(resolved.plus(Duration.ofDays(3)));
                requests.changeStatus(id, requests.get(id).version(), RequestStatus.CLOSED, null);
            }
        }
    }

    /** Most customers answer the satisfaction survey a few hours after resolution; a few are unhappy. */
    private static void answerSurvey(SurveyService surveys, DemoClock clock, Random random, ServiceRequest request,
                                     Instant now) {
        int[] scores = {5, 5, 4, 4, 5, 3, 2, 4, 5, 1};
        int score = scores[random.nextInt(scores.length)];
        surveys.ofRequest(request.id()).filter(survey -> random.nextInt(10) < 7).ifPresent(survey -> {
            Instant answered = survey.createdAt().plus(Duration.ofHours(2 + random.nextInt(20)));
            if (answered.isBefore(now)) {
                clock.set(answered);
                surveys.answer(surveys.token(survey), score,
                        score <= 2 ? "It took far too long." : score >= 4 ? "Quick and friendly, thank you." : null);
            }
        });
    }

    /** A return of the product the customer wrote about: approved as goodwill, sent back, received, then repaired. */
    private static void returnOf(RmaService rmas, DemoClock clock, ServiceRequest request, Instant now,
                                 boolean finished) {
        Instant asked = request.openedAt().plus(Duration.ofHours(1));
        if (asked.plus(Duration.ofDays(3)).isAfter(now)) {
            return;
        }
        clock.set(asked);
        long id = rmas.request(request.id(), null, "The device fails again and again: the customer sends it in.");
        rmas.approve(id, 0, "Goodwill for a long-standing customer");
        if (finished) {
            clock.set(asked.plus(Duration.ofDays(1)));
            rmas.ship(id, 1, "1Z 999 AA1 0123 4567 8" + request.id() % 10, LocalDate.ofInstant(clock.instant(),
                    clock.getZone()));
            clock.set(asked.plus(Duration.ofDays(3)));
            rmas.receive(id, 2, LocalDate.ofInstant(clock.instant(), clock.getZone()));
            rmas.inspect(id, 3, InspectionOutcome.REPAIR, "Power supply replaced", null);
        }
    }
}
