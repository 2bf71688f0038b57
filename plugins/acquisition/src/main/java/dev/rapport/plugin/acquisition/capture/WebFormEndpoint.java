package dev.rapport.plugin.acquisition.capture;

import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignRepository;
import dev.rapport.plugin.acquisition.campaign.ResponseOrigin;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.support.Products;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import dev.rapport.sdk.interaction.Channel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * {@code POST /public/acquisition/web-form}: a website's form sends a lead. The platform already limited the rate
 * per address and the body's size; this endpoint checks the form's token, drops spam caught by the honeypot field
 * (answering as if it were accepted, so bots learn nothing), validates every field and then captures the lead (and
 * the campaign response, for a campaign's form) in one transaction: a refused post stores nothing.
 *
 * <p>Answers: 201 {@code {"status":"received"}} (or 303 to the form's thank-you page); 400 {@code token-missing};
 * 403 {@code token-invalid}; 422 {@code invalid} with a message per field.
 */
@Extension
public final class WebFormEndpoint implements PublicEndpoint {

    public static final String PATH = "web-form";
    /** Invisible to people (the website hides it), filled in by bots. */
    public static final String HONEYPOT = "website";
    private static final Map<String, String> PARAMETER_OF_FIELD = Map.ofEntries(Map.entry("firstName", "first_name"),
            Map.entry("lastName", "last_name"), Map.entry("company", "company"), Map.entry("jobTitle", "job_title"),
            Map.entry("email", "email"), Map.entry("phone", "phone"), Map.entry("street", "street"),
            Map.entry("postalCode", "postal_code"), Map.entry("city", "city"), Map.entry("countryCode", "country"),
            Map.entry("preferredLanguage", "language"), Map.entry("notes", "message"), Map.entry("productIds", "interest"),
            Map.entry("note", "message"));

    private final PluginContext context;
    private final LeadCapture capture;
    private final ResponseService responses;

    public WebFormEndpoint(PluginContext context, LeadCapture capture, ResponseService responses) {
        this.context = context;
        this.capture = capture;
        this.responses = responses;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public PublicResponse handle(PublicRequest request) {
        Optional<String> token = request.parameter("token");
        if (token.isEmpty()) {
            return error(400, "token-missing", "The form's token is missing: post it in the field 'token'.");
        }
        Optional<WebForm> form = new WebFormRepository(context.dsl()).activeByToken(token.get());
        if (form.isEmpty()) {
            return error(403, "token-invalid", "This form is unknown or no longer accepts posts.");
        }
        if (request.parameter(HONEYPOT).isPresent()) {
            context.logger().info("Web form {}: a post from {} filled the honeypot field; dropped", form.get().id(),
                    request.remoteAddress());
            return accepted(form.get());
        }
        try {
            LeadDraft draft = draftOf(request, form.get());
            String message = request.parameter("message").orElse(null);
            CaptureOrigin origin = new CaptureOrigin(Channel.WEB,
                    context.i18n().get(Locale.ENGLISH, "acquisition.capture.webForm", form.get().name()), message, null,
                    null);
            if (form.get().campaignId() != null) {
                Campaign campaign = new CampaignRepository(context.dsl()).get(form.get().campaignId());
                responses.recordFromOutside(campaign, draft, origin, new ResponseService.ResponseDetails(
                        form.get().responseType(), Channel.WEB, message, request.receivedAt()), ResponseOrigin.WEB_FORM);
            } else {
                context.dsl().transaction(configuration -> capture.capture(configuration.dsl(), draft, origin,
                        DuplicatePolicy.UPDATE_OPEN_LEAD_WITH_SAME_EMAIL));
            }
        } catch (ValidationException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                fields.putIfAbsent(PARAMETER_OF_FIELD.getOrDefault(error.field(), error.field()),
                        context.i18n().get(Locale.ENGLISH, error.messageKey(), error.arguments().toArray()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "invalid");
            body.put("message", "Some fields are missing or not valid.");
            body.put("fields", fields);
            return PublicResponse.json(422, body);
        }
        return accepted(form.get());
    }

    private LeadDraft draftOf(PublicRequest request, WebForm form) {
        Set<Long> productIds = new HashSet<>();
        List<String> codes = request.parameters().getOrDefault("interest", List.of());
        Map<String, Long> byCode = new LinkedHashMap<>();
        for (ProductInfo product : Products.of(context.customers()).byId().values()) {
            byCode.put(product.code().toLowerCase(Locale.ROOT), product.id());
        }
        for (String code : codes) {
            if (!code.isBlank()) {
                Long id = byCode.get(code.strip().toLowerCase(Locale.ROOT));
                if (id == null) {
                    throw new ValidationException(List.of(FieldError.of("productIds", "acquisition.validation.productCode",
                            code.strip())));
                }
                productIds.add(id);
            }
        }
        boolean consent = request.parameter("consent").map(value -> value.toLowerCase(Locale.ROOT))
                .filter(value -> Set.of("yes", "true", "on", "1").contains(value)).isPresent();
        return new LeadDraft(value(request, "first_name"), value(request, "last_name"), value(request, "company"),
                value(request, "job_title"), value(request, "email"), value(request, "phone"), value(request, "street"),
                value(request, "postal_code"), value(request, "city"), value(request, "country"),
                value(request, "language"), consent, form.campaignId() == null ? LeadSource.WEB_FORM : LeadSource.CAMPAIGN,
                form.name(), form.campaignId(), value(request, "message"), productIds);
    }

    private static String value(PublicRequest request, String name) {
        return request.parameter(name).orElse(null);
    }

    private static PublicResponse accepted(WebForm form) {
        return form.redirectUrl() != null ? PublicResponse.redirect(form.redirectUrl())
                : PublicResponse.json(201, Map.of("status", "received"));
    }

    private static PublicResponse error(int status, String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return PublicResponse.json(status, body);
    }
}
