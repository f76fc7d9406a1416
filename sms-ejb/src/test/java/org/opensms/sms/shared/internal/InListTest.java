package org.opensms.sms.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void runsTheQueryOnSlicesOfAtMostAThousandInOrderAndJoinsTheRows() {
        List<Integer> values = IntStream.range(0, 2_500).boxed().toList();
        List<Integer> sizes = new ArrayList<>();
        List<String> rows = InList.query(values, slice -> {
            sizes.add(slice.size());
            return slice.stream().map(v -> "r" + v).toList();
        });
        assertThat(sizes).containsExactly(1000, 1000, 500);
        assertThat(rows).hasSize(2_500).startsWith("r0", "r1").endsWith("r2499");
    }

    @Test
    void aGivenSliceSizeAndNoValuesAtAll() {
        List<Integer> sizes = new ArrayList<>();
        InList.query(IntStream.range(0, 1_001).boxed().toList(), 500, slice -> {
            sizes.add(slice.size());
            return List.of();
        });
        assertThat(sizes).containsExactly(500, 500, 1);
        assertThat(InList.query(List.<String>of(), slice -> List.of("never"))).isEmpty();
    }
}
