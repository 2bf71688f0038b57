package dev.rapport.sdk.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another plugin's event read by its fields: typed getters that convert, and a broken contract that says where. */
class EventPayloadTest {

    private final EventPayload opened = new EventPayload("service.RequestOpened", withNull(Map.of(
            "customerId", new BigDecimal("42"), "requestId", 7L, "category", "repair", "amount", new BigDecimal("12.50"),
            "urgent", true, "at", "2026-12-07T09:30:00Z", "day", "2026-12-07")));

    private static Map<String, Object> withNull(Map<String, Object> fields) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put("closedAt", null);
        return copy;
    }

    @Test
    void fieldsAreReadWithTheirKind() {
        assertThat(opened.source()).isEqualTo("service");
        assertThat(opened.name()).isEqualTo("RequestOpened");
        assertThat(opened.customerId()).contains(42L);
        assertThat(opened.whole("requestId")).contains(7L);
        assertThat(opened.decimal("requestId")).contains(new BigDecimal("7"));
        assertThat(opened.text("category")).contains("repair");
        assertThat(opened.decimal("amount")).contains(new BigDecimal("12.50"));
        assertThat(opened.flag("urgent")).contains(true);
        assertThat(opened.instant("at")).contains(Instant.parse("2026-12-07T09:30:00Z"));
        assertThat(opened.date("day")).contains(LocalDate.of(2026, 12, 7));
        assertThat(opened.has("closedAt")).isFalse();
        assertThat(opened.text("closedAt")).isEmpty();
        assertThat(opened.text("addedInALaterVersion")).isEmpty();
    }

    @Test
    void aFieldOfAnotherKindIsABrokenContractNamingTheField() {
        assertThatThrownBy(() -> opened.whole("amount")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'amount'").hasMessageContaining("service.RequestOpened");
        assertThatThrownBy(() -> opened.decimal("category")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'category'");
        assertThatThrownBy(() -> opened.instant("category")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> opened.fields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTypeIsNamedBySourceAndEventName() {
        assertThatThrownBy(() -> new EventPayload("RequestOpened", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<source>.<event name>");
        assertThatThrownBy(() -> new EventPayload("service.", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
