package dev.rapport.platform.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentFilterCodecTest {

    @Test
    void aStoredFilterReadsBackUnchanged() {
        SegmentFilter filter = new SegmentFilter("Sm", Set.of(LifecycleStage.CUSTOMER, LifecycleStage.PROSPECT), 7L,
                Set.of("vip", "fair"), true, Set.of(3L, 4L), "Cards", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29),
                List.of(new FacetCondition("retention.rfm-class", Set.of("champions", "loyal"))));

        String json = SegmentFilterCodec.encode(filter);

        assertThat(json).contains("\"2024-02-29\"");
        assertThat(SegmentFilterCodec.decode(json)).isEqualTo(filter);
    }

    @Test
    void aDocumentWithConditionsOfANewerKernelOrWithoutSomeReadsAsAny() {
        SegmentFilter read = SegmentFilterCodec.decode("{\"namePrefix\":\"Sm\",\"revenueOver\":1000}");

        assertThat(read).isEqualTo(new SegmentFilter("Sm", null, null, null, false, null, null, null, null, null));
    }
}
