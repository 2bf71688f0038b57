package dev.rapport.plugin.service.survey;

import static dev.rapport.sdk.extension.PublicResponse.escapeHtml;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The public survey page at {@code /public/service/survey?t=<token>}, opened from an invitation's link without
 * signing in: GET shows the question (the score as choices and a comment), POST stores the answer. A tampered,
 * expired or used token gets a page that says so and stores nothing; the page speaks the customer's language (or,
 * when the token names nobody, the browser's).
 */
@Extension
public final class SurveyEndpoint implements PublicEndpoint {

    public static final String PATH = "survey";

    private final PluginContext context;
    private final SurveyService surveys;

    public SurveyEndpoint(PluginContext context, SurveyService surveys) {
        this.context = context;
        this.surveys = surveys;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean servesGet() {
        return true;
    }

    @Override
    public PublicResponse handleGet(PublicRequest request) {
        String token = request.parameter("t").orElse("");
        SurveyService.Checked checked = surveys.check(token);
        Locale locale = locale(checked.survey(), request);
        if (checked.verdict() != SurveyService.Verdict.VALID) {
            return refusal(checked.verdict(), locale);
        }
        return PublicResponse.html(200, form(checked.survey().orElseThrow(), token, locale, null, ""));
    }

    @Override
    public PublicResponse handle(PublicRequest request) {
        String token = request.parameter("t").orElse("");
        SurveyService.Checked checked = surveys.check(token);
        Locale locale = locale(checked.survey(), request);
        if (checked.verdict() != SurveyService.Verdict.VALID) {
            return refusal(checked.verdict(), locale);
        }
        Survey survey = checked.survey().orElseThrow();
        String comment = request.parameter("comment").orElse("");
        Optional<Integer> score = request.parameter("score").filter(value -> value.matches("[0-9]{1,2}"))
                .map(Integer::parseInt).filter(survey.kind()::accepts);
        if (score.isEmpty()) {
            return PublicResponse.html(422, form(survey, token, locale, text(locale, "service.survey.page.chooseScore"),
                    comment));
        }
        SurveyService.Verdict verdict = surveys.answer(token, score.get(), comment);
        if (verdict != SurveyService.Verdict.VALID) {
            return refusal(verdict, locale);
        }
        return PublicResponse.html(200, page(locale, text(locale, "service.survey.page.thanks.title"),
                "<p id=\"survey-thanks\">" + escapeHtml(text(locale, "service.survey.page.thanks.text")) + "</p>"));
    }

    private PublicResponse refusal(SurveyService.Verdict verdict, Locale locale) {
        String key = "service.survey.page." + verdict.name().toLowerCase(Locale.ROOT);
        return PublicResponse.html(verdict == SurveyService.Verdict.TAMPERED ? 403 : 410, page(locale,
                text(locale, key + ".title"), "<p id=\"survey-refused\">" + escapeHtml(text(locale, key + ".text")) + "</p>"));
    }

    private String form(Survey survey, String token, Locale locale, String error, String comment) {
        StringBuilder choices = new StringBuilder();
        for (int score = survey.kind().min(); score <= survey.kind().max(); score++) {
            choices.append("<label class=\"score\"><input type=\"radio\" name=\"score\" id=\"score-").append(score)
                    .append("\" value=\"").append(score).append("\"> ").append(score).append("</label>");
        }
        String body = "<form method=\"post\" action=\"" + SurveyService.PUBLIC_PATH + "\">"
                + "<input type=\"hidden\" name=\"t\" value=\"" + escapeHtml(token) + "\">"
                + "<p>" + escapeHtml(text(locale, "service.survey.page.question." + survey.kind())) + "</p>"
                + "<p class=\"scale\"><span>" + escapeHtml(text(locale, "service.survey.page.low." + survey.kind()))
                + "</span> " + choices + " <span>" + escapeHtml(text(locale, "service.survey.page.high." + survey.kind()))
                + "</span></p>"
                + (error == null ? "" : "<p id=\"survey-error\" class=\"error\">" + escapeHtml(error) + "</p>")
                + "<p><label for=\"comment\">" + escapeHtml(text(locale, "service.survey.page.comment")) + "</label><br>"
                + "<textarea id=\"comment\" name=\"comment\" rows=\"4\" cols=\"60\" maxlength=\""
                + SurveyService.MAX_COMMENT + "\">" + escapeHtml(comment) + "</textarea></p>"
                + "<p><button type=\"submit\" id=\"survey-send\">" + escapeHtml(text(locale, "service.survey.page.send"))
                + "</button></p></form>";
        return page(locale, text(locale, "service.survey.page.title." + survey.kind()), body);
    }

    private static String page(Locale locale, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escapeHtml(title)
                + "</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}"
                + ".score{margin-right:.6em}.error{color:#b00}</style></head><body><h1>" + escapeHtml(title) + "</h1>"
                + body + "</body></html>";
    }

    private String text(Locale locale, String key) {
        return context.i18n().get(locale, key);
    }

    private Locale locale(Optional<Survey> survey, PublicRequest request) {
        Optional<String> language = survey.flatMap(found -> context.customers().find(found.customerId()))
                .map(CustomerInfo::preferredLanguage)
                .or(() -> Optional.ofNullable(request.headers().get("accept-language")));
        return language.filter(value -> value.toLowerCase(Locale.ROOT).startsWith("de")).map(value -> Locale.GERMAN)
                .orElse(Locale.ENGLISH);
    }
}
