package dev.rapport.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this SDK, a SemVer string such as {@code 1.0.0}.
 *
 * <p>The platform reports it as its PF4J {@code systemVersion}; every plugin declares the SDK versions
 * it works with in its {@code Plugin-Requires} manifest entry (a SemVer range such as {@code >=1.0.0 & <2.0.0}),
 * and the platform refuses a plugin whose range does not contain this version.
 *
 * @since 1.0.0
 */
public final class SdkVersion {

    /** The SDK version this jar was built as. */
    public static final String CURRENT = readVersion();

    private SdkVersion() {
    }

    private static String readVersion() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("sdk-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("sdk-version.properties is missing from the SDK jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
