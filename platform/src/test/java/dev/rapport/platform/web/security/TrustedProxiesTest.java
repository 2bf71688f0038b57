package dev.rapport.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's address behind trusted proxies: read from the right, so what a client writes itself proves nothing. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(" 10.0.0.2 , 10.0.0.3,");

    @Test
    void theNearestAddressThatIsNoTrustedProxyIsTheClient() {
        assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.7, 10.0.0.3"))).as("two proxies")
                .isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("203.0.113.66", "198.51.100.7")))
                .as("a client that sends its own X-Forwarded-For: its claim is the left part").isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("203.0.113.66, 198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void withoutForwardedAddressesOrOnlyProxiesTheProxyOrTheLeftmostCounts() {
        assertThat(proxies.clientAddress("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress("10.0.0.2", List.of("10.0.0.3"))).isEqualTo("10.0.0.3");
    }
}
