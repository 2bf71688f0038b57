package dev.rapport.sdk.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagerTest {

    private final List<Integer> rows = IntStream.range(0, 1000).boxed().toList();
    private final List<String> calls = new ArrayList<>();
    private final KeysetPager<Integer> pager = new KeysetPager<>((after, limit) -> {
        calls.add(after + "+" + limit);
        int start = after == null ? 0 : after + 1;
        return rows.subList(Math.min(start, rows.size()), Math.min(start + limit, rows.size()));
    });

    @Test
    void continuesAfterTheLastRowOfThePreviousPageInsteadOfSkipping() {
        assertThat(pager.fetch(0, 50).toList()).isEqualTo(rows.subList(0, 50));
        assertThat(pager.fetch(50, 50).toList()).isEqualTo(rows.subList(50, 100));
        assertThat(pager.fetch(100, 50).toList()).isEqualTo(rows.subList(100, 150));
        assertThat(calls).containsExactly("null+50", "49+50", "99+50");
    }

    @Test
    void aJumpSkipsOnlyFromTheNearestKnownRow() {
        pager.fetch(0, 50).toList();
        assertThat(pager.fetch(120, 50).toList()).isEqualTo(rows.subList(120, 170));
        assertThat(calls).containsExactly("null+50", "49+120");
        assertThat(pager.fetch(60, 10).toList()).isEqualTo(rows.subList(60, 70));
        assertThat(calls.getLast()).isEqualTo("49+20");
    }

    @Test
    void theEndOfTheDataIsAnEmptyPage() {
        assertThat(pager.fetch(990, 50).toList()).isEqualTo(rows.subList(990, 1000));
        assertThat(pager.fetch(1000, 50).toList()).isEmpty();
    }
}
