package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * An integrator's first step in a real browser: a user creates a personal access token on their account page,
 * sees its secret once (not again after reopening the page), and the API answers to it as that user.
 */
@ExtendWith(RapportBrowserExtension.class)
class ApiTokenIT {

    @Test
    void aUserCreatesATokenSeesItOnceAndTheApiAnswersToIt(RapportServer server, WebDriver driver)
            throws IOException, InterruptedException {
        String username = "it-integrator";
        server.account(username, Role.AGENT, "sales");
        LoginPage.signIn(driver, server, username, RapportServer.PASSWORD);

        AccountPage account = AccountPage.open(driver, server);
        String secret = account.createToken("Website sync", "Read only");
        assertThat(secret).startsWith("rap_");
        assertThat(account.secretCopied().showsASecret()).isFalse();
        assertThat(AccountPage.open(driver, server).showsASecret()).as("shown once").isFalse();

        HttpResponse<String> me;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            me = client.send(HttpRequest.newBuilder(URI.create(server.url("api/v1/users/me")))
                    .header("Authorization", "Bearer " + secret).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + username + "\"");
        assertThat(AccountPage.open(driver, server).tokenRow("Website sync")).contains("Read only", "Active");
    }
}
