package dev.rapport.plugin.service.intake;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code POST /public/service/request-form}: the company's website sends a customer's service request. The platform
 * already limited the rate per IP address and the body's size; this endpoint checks the form's token
 * ({@link WebFormToken}), drops spam caught by the honeypot field (answering as if accepted, so bots learn nothing)
 * and hands the rest to {@link WebRequestIntake}, which validates every field and opens the request.
 *
 * <p>Fields: {@code token}, {@code email}, {@code subject}, {@code message} (required); {@code first_name},
 * {@code last_name} (required when the address is not known yet), {@code company}, {@code category},
 * {@code product} (a product code), {@code language} ({@code de} or {@code en}: the answer's and a new customer's
 * language; else the browser's).
 * <p>Answers: 201 {@code {"status":"received","reference":"<request number>"}}, or 303 to the thank-you page when
 * one is set up ({@link #THANKS_SETTING}); 400 {@code token-missing}; 403 {@code token-invalid}; 422
 * {@code invalid} with a message per field; 429 {@code too-many} when the address opened too many requests this
 * hour.
 */
@Extension
public final class WebRequestEndpoint implements PublicEndpoint {

    public static final String PATH = "request-form";
    /** Invisible to people (the website hides it), filled in by bots. */
    public static final String HONEYPOT = "website";
    /** Where a browser goes after a successful post; empty: the JSON answer. */
    public static final String THANKS_SETTING = "webForm.thanksUrl";

    private final PluginContext context;
    private final WebFormToken token;
    private final WebRequestIntake intake;

    public WebRequestEndpoint(PluginContext context, WebFormToken token, WebRequestIntake intake) {
        this.context = context;
        this.token = token;
        this.intake = intake;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public PublicResponse handle(PublicRequest request) {
        Locale locale = locale(request);
        Optional<String> posted = request.parameter("token");
        if (posted.isEmpty()) {
            return error(400, "token-missing", text(locale, "service.webForm.tokenMissing"));
        }
        if (!token.accepts(posted.get())) {
            return error(403, "token-invalid", text(locale, "service.webForm.tokenInvalid"));
        }
        if (request.parameter(HONEYPOT).isPresent()) {
            context.logger().info("Service request form: a post from {} filled the honeypot field; dropped",
                    request.remoteAddress());
            return received(null);
        }
        try {
            WebRequestIntake.Outcome outcome = intake.submit(new WebRequestIntake.WebRequest(value(request, "email"),
                    value(request, "first_name"), value(request, "last_name"), value(request, "company"),
                    value(request, "subject"), value(request, "message"), value(request, "category"),
                    value(request, "product"), locale.getLanguage()));
            if (outcome instanceof WebRequestIntake.Opened opened) {
                return received(opened.requestId());
            }
            return error(429, "too-many", text(locale, "service.webForm.tooMany", WebRequestIntake.PER_ADDRESS_PER_HOUR));
        } catch (ValidationException refused) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                fields.putIfAbsent(formField(error.field()),
                        context.i18n().get(locale, error.messageKey(), error.arguments().toArray()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "invalid");
            body.put("message", text(locale, "service.webForm.invalid"));
            body.put("fields", fields);
            return PublicResponse.json(422, body);
        }
    }

    /** The form's name of a field the kernel refused while creating the customer (its own names are the form's). */
    private static String formField(String field) {
        if (field.startsWith("email")) {
            return "email";
        }
        return switch (field) {
            case "firstName" -> "first_name";
            case "lastName" -> "last_name";
            case "organisationName" -> "company";
            default -> field;
        };
    }

    private PublicResponse received(Long requestId) {
        Optional<String> thanks = context.settings().get(THANKS_SETTING).map(String::strip).filter(url -> !url.isEmpty());
        if (thanks.isPresent()) {
            return PublicResponse.redirect(thanks.get());
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", "received");
        if (requestId != null) {
            body.put("reference", String.valueOf(requestId));
        }
        return PublicResponse.json(201, body);
    }

    private static Locale locale(PublicRequest request) {
        String language = request.parameter("language")
                .or(() -> Optional.ofNullable(request.headers().get("accept-language"))).orElse("en");
        return language.toLowerCase(Locale.ROOT).startsWith("de") ? Locale.GERMAN : Locale.ENGLISH;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return context.i18n().get(locale, key, arguments);
    }

    private static String value(PublicRequest request, String name) {
        return request.parameter(name).orElse(null);
    }

    private static PublicResponse error(int status, String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return PublicResponse.json(status, body);
    }
}
