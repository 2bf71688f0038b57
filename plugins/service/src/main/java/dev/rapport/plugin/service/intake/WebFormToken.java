package dev.rapport.plugin.service.intake;

import dev.rapport.sdk.PluginSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token a company's website posts service requests with ({@code webForm.token} in the plugin's settings): made
 * on the first start, shown and replaceable on the Plugins page. It is not a secret (it stands in the website's
 * HTML) but it cannot be guessed, so posts from elsewhere are refused; replacing it stops a form that attracts spam.
 */
public final class WebFormToken {

    public static final String SETTING = "webForm.token";
    /** 24 to 100 URL-safe characters: what {@link #ensure()} makes has 32. */
    public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{24,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PluginSettings settings;

    public WebFormToken(PluginSettings settings) {
        this.settings = settings;
    }

    /** Makes a token if there is none yet (the first start). */
    public void ensure() {
        if (current().isEmpty()) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            settings.put(SETTING, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
    }

    public Optional<String> current() {
        return settings.get(SETTING).map(String::strip).filter(token -> SHAPE.matcher(token).matches());
    }

    /** Whether {@code posted} is the current token (compared in constant time). */
    public boolean accepts(String posted) {
        return current().map(token -> MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                posted.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
