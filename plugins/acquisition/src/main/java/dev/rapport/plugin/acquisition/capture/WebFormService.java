package dev.rapport.plugin.acquisition.capture;

import dev.rapport.plugin.acquisition.campaign.CampaignRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jooq.DSLContext;

/** Web forms, set up by managers: each gets an unguessable token its website posts with. */
public final class WebFormService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PluginContext context;

    public WebFormService(PluginContext context) {
        this.context = context;
    }

    public List<WebForm> all() {
        return new WebFormRepository(context.dsl()).all();
    }

    /** Saves a new form (id 0; it gets a token) or changes one; returns the saved form's id. */
    public long save(WebForm form) {
        return context.dsl().transactionResult(configuration -> save(configuration.dsl(), form));
    }

    /** {@link #save(WebForm)} in the caller's transaction {@code tx}: the form is stored when the caller commits. */
    public long save(DSLContext tx, WebForm form) {
        context.security().requireRole(Role.MANAGER, "set up web forms");
        validate(tx, form);
        WebFormRepository forms = new WebFormRepository(tx);
        if (form.id() == 0) {
            return forms.insert(new WebForm(0, form.name(), newToken(), form.campaignId(), form.responseType(),
                    form.redirectUrl(), form.active()), context.clock().instant());
        }
        if (!forms.update(form)) {
            throw new NotFoundException("Web form", form.id());
        }
        return form.id();
    }

    /** Gives the form a new token: posts with the old one are refused from now on (a form that attracts spam). */
    public void replaceToken(long formId) {
        context.security().requireRole(Role.MANAGER, "replace web form tokens");
        if (!new WebFormRepository(context.dsl()).replaceToken(formId, newToken())) {
            throw new NotFoundException("Web form", formId);
        }
    }

    public void delete(long formId) {
        context.security().requireRole(Role.MANAGER, "delete web forms");
        if (!new WebFormRepository(context.dsl()).delete(formId)) {
            throw new NotFoundException("Web form", formId);
        }
    }

    /** 192 random bits, URL-safe: 32 characters. */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void validate(DSLContext tx, WebForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.add(FieldError.of("name", "acquisition.validation.required"));
        } else if (form.name().strip().length() > 100) {
            errors.add(FieldError.of("name", "acquisition.validation.tooLong", 100));
        }
        if (form.campaignId() != null && new CampaignRepository(tx).find(form.campaignId()).isEmpty()) {
            errors.add(FieldError.of("campaignId", "acquisition.validation.campaign"));
        }
        if ((form.campaignId() == null) != (form.responseType() == null)) {
            errors.add(FieldError.of("responseType", "acquisition.validation.campaignAndResponse"));
        }
        if (form.redirectUrl() != null && !form.redirectUrl().isBlank() && !isWebAddress(form.redirectUrl().strip())) {
            errors.add(FieldError.of("redirectUrl", "acquisition.validation.url"));
        }
        ValidationException.throwIfAny(errors);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return text.length() <= 500 && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
