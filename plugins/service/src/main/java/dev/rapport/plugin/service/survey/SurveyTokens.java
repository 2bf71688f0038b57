package dev.rapport.plugin.service.survey;

import dev.rapport.sdk.PluginSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens of survey links: {@code <id>.<expiry epoch seconds>.<nonce>.<HMAC-SHA256 of the first three>}
 * with the plugin's secret (made on the first start, kept in its settings), all URL-safe. A token whose signature
 * does not match was altered or made up; the nonce ties it to the one stored invitation.
 */
public final class SurveyTokens {

    static final String SECRET = "survey.secret";
    private static final Pattern SHAPE = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final PluginSettings settings;

    public SurveyTokens(PluginSettings settings) {
        this.settings = settings;
    }

    /** Makes the secret if there is none yet (the first start). */
    public void ensureSecret() {
        if (settings.get(SECRET).filter(secret -> !secret.isBlank()).isEmpty()) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            settings.put(SECRET, BASE64.encodeToString(secret));
        }
    }

    public static String newNonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return BASE64.encodeToString(nonce);
    }

    public String token(long surveyId, Instant expiresAt, String nonce) {
        String payload = surveyId + "." + expiresAt.getEpochSecond() + "." + nonce;
        return payload + "." + sign(payload);
    }

    /** What a token claims, if it is well-formed and signed with the secret. */
    public Optional<Claim> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(token.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String payload = matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3);
        boolean signed = MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                matcher.group(4).getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(new Claim(Long.parseLong(matcher.group(1)),
                Instant.ofEpochSecond(Long.parseLong(matcher.group(2))), matcher.group(3))) : Optional.empty();
    }

    /** The signed content of a token. */
    public record Claim(long surveyId, Instant expiresAt, String nonce) {
    }

    private String sign(String payload) {
        String secret = settings.get(SECRET).orElseThrow(() -> new IllegalStateException("No survey secret yet"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
