package dev.rapport.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** One version: the SDK's Maven version is the version the SDK reports, so a plugin's pom and Plugin-Requires agree. */
class SdkVersionTest {

    @Test
    void theMavenVersionOfTheSdkIsTheSdkVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SdkVersion.class.getResourceAsStream("sdk-version.properties")) {
            properties.load(in);
        }
        String artifactVersion = properties.getProperty("artifactVersion");

        assertThat(SdkVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(artifactVersion).isIn(SdkVersion.CURRENT, SdkVersion.CURRENT + "-SNAPSHOT");
    }
}
