package org.opensms.sms.web.view.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.opensms.sms.subscriber.SubscriberFilter;

class SubscriberCountsTest {

    private static final Instant T0 = Instant.parse("2026-11-26T05:00:00Z");

    @Test
    void aBroadTotalIsCountedAgainOnlyAfterThirtySeconds() {
        SubscriberCounts counts = new SubscriberCounts();
        AtomicLong database = new AtomicLong(1_000_000);
        AtomicLong queries = new AtomicLong();
        assertThat(counts.total(SubscriberFilter.ALL, f -> count(database, queries), T0)).isEqualTo(1_000_000);
        database.set(1_000_001);
        assertThat(counts.total(SubscriberFilter.ALL, f -> count(database, queries), T0.plusSeconds(29))).isEqualTo(1_000_000);
        assertThat(queries).hasValue(1);
        assertThat(counts.total(SubscriberFilter.ALL, f -> count(database, queries), T0.plusSeconds(31))).isEqualTo(1_000_001);
        assertThat(queries).hasValue(2);
    }

    @Test
    void aNarrowTotalIsAlwaysCounted() {
        SubscriberCounts counts = new SubscriberCounts();
        AtomicLong database = new AtomicLong(0);
        AtomicLong queries = new AtomicLong();
        assertThat(counts.total(SubscriberFilter.ALL, f -> count(database, queries), T0)).isZero();
        database.set(1);   // a subscriber registered a second later shows at once
        assertThat(counts.total(SubscriberFilter.ALL, f -> count(database, queries), T0.plusSeconds(1))).isEqualTo(1);
        assertThat(queries).hasValue(2);
    }

    private static long count(AtomicLong database, AtomicLong queries) {
        queries.incrementAndGet();
        return database.get();
    }
}
