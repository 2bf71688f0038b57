package dev.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicEndpointServletTest {

    @Test
    void parsesFormBodiesAndQueryStringsWithRepeatedNames() {
        Map<String, List<String>> parameters = PublicEndpointServlet.parse("token=abc",
                "first_name=J%C3%BCrg&interest=A&interest=B&empty=&flag");

        assertThat(parameters).containsEntry("token", List.of("abc")).containsEntry("first_name", List.of("Jürg"))
                .containsEntry("interest", List.of("A", "B")).containsEntry("empty", List.of(""))
                .containsEntry("flag", List.of(""));
    }

    @Test
    void refusesMalformedEncodingAndTooManyParameters() {
        assertThatThrownBy(() -> PublicEndpointServlet.parse(null, "a=%zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicEndpointServlet.parse(null, "a=1&".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 parameters");
    }
}
