package dev.rapport.sdk.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicResponseTest {

    @Test
    void quotesTextSafelyForJsonAndHtml() {
        assertThat(PublicResponse.json(200, Map.of("say", "say \"hi\"\n<script>\\")).body())
                .isEqualTo("{\"say\":\"say \\\"hi\\\"\\n\\u003cscript\\u003e\\\\\"}");
    }

    @Test
    void writesMembersInTheirOrderWithMapValuesAsNestedObjects() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("error", "invalid");
        members.put("fields", new LinkedHashMap<>(Map.of("email", "not valid")));
        members.put("count", 2);

        PublicResponse response = PublicResponse.json(422, members);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid\",\"fields\":{\"email\":\"not valid\"},\"count\":\"2\"}");
    }
}
