package dev.rapport.plugin.service.survey;

import dev.rapport.plugin.service.ServicePlugin;
import dev.rapport.plugin.service.event.SurveyAnswered;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueRepository;
import dev.rapport.plugin.service.request.RequestRepository;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.mail.CustomerMessage;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Survey invitations and answers. An invitation is mailed to the customer in their language from the department's
 * mailbox (the request's queue's department; for NPS the service department) and logged on their timeline once sent;
 * when the department has no mailbox or the customer no usable address, it is logged as an outbound email interaction
 * carrying the link instead, for the agent to send. The request page shows the link and what became of the mail. An
 * answer comes through the public page ({@link SurveyEndpoint}): a token that is tampered with, expired or already
 * used stores nothing; a detractor's answer creates a follow-up task for the customer's account owner (or, without
 * one, the request's agent, else its queue's manager, else the queue's department).
 */
public final class SurveyService {

    public static final int MAX_COMMENT = 2000;
    public static final String PUBLIC_PATH = "/public/service/" + SurveyEndpoint.PATH;

    private final PluginContext context;
    private final SurveyTokens tokens;
    private final Clock clock;
    private final Duration validity;

    public SurveyService(PluginContext context, SurveyTokens tokens, Clock clock, Duration validity) {
        this.context = context;
        this.tokens = tokens;
        this.clock = clock;
        this.validity = validity;
    }

    /** What checking a link's token found. */
    public enum Verdict {
        VALID,
        TAMPERED,
        EXPIRED,
        USED
    }

    /** A checked token: the verdict and, unless tampered, the invitation it names. */
    public record Checked(Verdict verdict, Optional<Survey> survey) {
    }

    public Optional<Survey> ofRequest(long requestId) {
        return new SurveyRepository(context.dsl()).ofRequest(requestId, SurveyKind.CSAT);
    }

    /** The path and query of the invitation's link ({@link #PUBLIC_PATH}{@code ?t=...}). */
    public String linkPath(Survey survey) {
        return PUBLIC_PATH + "?t=" + token(survey);
    }

    /** The signed token of the invitation's link. */
    public String token(Survey survey) {
        return tokens.token(survey.id(), survey.expiresAt(), survey.nonce());
    }

    /**
     * Invites the request's customer to rate it, once per request (a reopened request resolved again is not asked
     * twice): the invitation is stored and logged as an outbound email on the customer's timeline, with its link.
     */
    public Optional<Survey> inviteAfterResolution(DSLContext tx, ServiceRequest request, String baseUrl) {
        SurveyRepository surveys = new SurveyRepository(tx);
        if (surveys.ofRequest(request.id(), SurveyKind.CSAT).isPresent()) {
            return Optional.empty();
        }
        long department = new QueueRepository(tx).get(request.queueId()).departmentId();
        return Optional.of(invite(tx, SurveyKind.CSAT, request.customerId(), request.id(), request.contactId(),
                department, baseUrl));
    }

    /** Invites the customer to the NPS survey unless they were invited to it since {@code since}. */
    public Optional<Survey> inviteToNps(DSLContext tx, long customerId, Instant since, String baseUrl) {
        if (new SurveyRepository(tx).invitedSince(customerId, SurveyKind.NPS, since)) {
            return Optional.empty();
        }
        Long department = context.staff().departmentByCode(ServicePlugin.SERVICE_DEPARTMENT).map(Department::id).orElse(null);
        return Optional.of(invite(tx, SurveyKind.NPS, customerId, null, null, department, baseUrl));
    }

    private Survey invite(DSLContext tx, SurveyKind kind, long customerId, Long requestId, Long contactId,
                          Long departmentId, String baseUrl) {
        SurveyRepository surveys = new SurveyRepository(tx);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expires = now.plus(validity).truncatedTo(ChronoUnit.SECONDS);
        long id = surveys.insert(kind, customerId, requestId, SurveyTokens.newNonce(), now, expires);
        Survey survey = surveys.find(id).orElseThrow();
        Optional<CustomerInfo> customer = context.customers().find(customerId);
        Locale locale = localeOf(customer);
        String link = (baseUrl == null ? "" : baseUrl) + linkPath(survey);
        String subject = context.i18n().get(locale, "service.survey.invitation.subject." + kind);
        Optional<Long> mailed = departmentId == null ? Optional.empty()
                : mail(tx, departmentId, customer, subject, link, locale);
        if (mailed.isPresent()) {
            surveys.linkMail(id, mailed.get());
        } else {
            InteractionInfo logged = context.interactions().append(tx, new NewInteraction(customerId, contactId,
                    Channel.EMAIL, Direction.OUTBOUND, subject, context.i18n().get(locale, "service.survey.invitation.text", link),
                    Outcome.COMPLETED, now));
            surveys.linkInteraction(id, logged.id());
        }
        return surveys.find(id).orElseThrow();
    }

    /** Queues the invitation mail in {@code tx}; empty when it cannot go out (no mailbox, no usable address). */
    private Optional<Long> mail(DSLContext tx, long departmentId, Optional<CustomerInfo> customer, String subject,
                                String link, Locale locale) {
        if (customer.isEmpty() || !context.mail().canSend(departmentId)) {
            return Optional.empty();
        }
        String signature = context.staff().department(departmentId).map(Department::name).orElse("");
        String body = context.i18n().get(locale, "service.survey.invitation.mail", customer.get().displayName(), link,
                signature);
        try {
            return Optional.of(context.mail().send(tx, CustomerMessage.of(departmentId, customer.get().id(), subject, body)));
        } catch (ValidationException e) {
            context.logger().info("Survey invitation for customer {} not mailed ({}); logged for the agent instead",
                    customer.get().id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Checks a link's token: signed by us, naming a stored invitation, not answered, not expired. */
    public Checked check(String token) {
        Optional<SurveyTokens.Claim> claim = tokens.verify(token);
        if (claim.isEmpty()) {
            return new Checked(Verdict.TAMPERED, Optional.empty());
        }
        Optional<Survey> survey = new SurveyRepository(context.dsl()).find(claim.get().surveyId())
                .filter(found -> found.nonce().equals(claim.get().nonce())
                        && found.expiresAt().getEpochSecond() == claim.get().expiresAt().getEpochSecond());
        if (survey.isEmpty()) {
            return new Checked(Verdict.TAMPERED, Optional.empty());
        }
        Verdict verdict = survey.get().answered() ? Verdict.USED
                : !clock.instant().isBefore(survey.get().expiresAt()) ? Verdict.EXPIRED : Verdict.VALID;
        return new Checked(verdict, survey);
    }

    /**
     * Stores an answer in one transaction if the token is still good; the verdict says what happened. A score out
     * of the survey's range is refused as {@link IllegalArgumentException} before anything is stored.
     */
    public Verdict answer(String token, int score, String comment) {
        Checked checked = check(token);
        if (checked.verdict() != Verdict.VALID) {
            return checked.verdict();
        }
        Survey survey = checked.survey().orElseThrow();
        if (!survey.kind().accepts(score)) {
            throw new IllegalArgumentException("Score " + score + " is outside " + survey.kind());
        }
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (clean != null && clean.length() > MAX_COMMENT) {
            clean = clean.substring(0, MAX_COMMENT);
        }
        String stored = clean;
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            SurveyRepository surveys = new SurveyRepository(tx);
            if (!surveys.answer(survey.id(), score, stored, clock.instant())) {
                return Verdict.USED;
            }
            if (survey.kind().isDetractor(score)) {
                followUp(tx, survey, score, stored).ifPresent(taskId -> surveys.linkTask(survey.id(), taskId));
            }
            context.events().publish(tx, new SurveyAnswered(survey.customerId(), survey.id(), survey.requestId(),
                    survey.kind().name(), score, survey.kind().isDetractor(score)));
            return Verdict.VALID;
        });
    }

    private Optional<Long> followUp(DSLContext tx, Survey survey, int score, String comment) {
        Optional<CustomerInfo> customer = context.customers().find(survey.customerId());
        Long owner = customer.map(CustomerInfo::ownerId).orElse(null);
        Long department = null;
        Optional<ServiceRequest> request = survey.requestId() == null ? Optional.empty()
                : new RequestRepository(tx).find(survey.requestId());
        if (owner == null && request.isPresent()) {
            owner = request.get().assigneeId();
            if (owner == null) {
                Queue queue = new QueueRepository(tx).get(request.get().queueId());
                owner = queue.managerUserId();
                department = owner == null ? queue.departmentId() : null;
            }
        }
        String name = customer.map(CustomerInfo::displayName).orElse("#" + survey.customerId());
        String title = context.i18n().get("service.survey.followUp.title." + survey.kind(), name, score);
        String description = (survey.requestId() == null ? "" : "service/requests/" + survey.requestId() + " ")
                + (comment == null ? "" : comment);
        return Optional.of(context.tasks().create(tx, new NewTask(title.length() > 200 ? title.substring(0, 200) : title,
                description.isBlank() ? null : description, survey.customerId(),
                LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(2), TaskPriority.HIGH, owner, department)).id());
    }

    /** The customer's average CSAT over their last answers, and their last NPS answer. */
    public CustomerScores scoresOf(long customerId) {
        SurveyRepository surveys = new SurveyRepository(context.dsl());
        List<Survey> csat = surveys.answeredOf(customerId, SurveyKind.CSAT, 20);
        Optional<Double> average = csat.isEmpty() ? Optional.empty()
                : Optional.of(csat.stream().mapToInt(Survey::score).average().orElseThrow());
        Optional<Integer> nps = surveys.answeredOf(customerId, SurveyKind.NPS, 1).stream().findFirst().map(Survey::score);
        return new CustomerScores(average, csat.size(), nps);
    }

    /** A customer's survey results for the 360° view. */
    public record CustomerScores(Optional<Double> csatAverage, int csatAnswers, Optional<Integer> lastNps) {
    }

    public List<Survey> answeredBefore(long customerId, Instant at, long id, int limit) {
        return new SurveyRepository(context.dsl()).answeredBefore(customerId, at, id, Math.min(limit, 200));
    }

    private static Locale localeOf(Optional<CustomerInfo> customer) {
        return customer.map(CustomerInfo::preferredLanguage)
                .filter(language -> language != null && language.toLowerCase(Locale.ROOT).startsWith("de"))
                .map(language -> Locale.GERMAN).orElse(Locale.ENGLISH);
    }
}
