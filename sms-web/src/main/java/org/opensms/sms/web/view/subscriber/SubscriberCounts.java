package org.opensms.sms.web.view.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.opensms.sms.subscriber.SubscriberFilter;

/**
 * The console's subscriber totals, shared by every user of this server: a broad total (at least {@link #BROAD}
 * matches) is counted again only when it is older than {@link #TTL}. Counting 1,000,000 subscribers costs about
 * 250 ms on PostgreSQL on 2 cores, and every new view of the list used to pay it (sms-bench RESULTS.md). Narrow totals
 * are cheap and always counted, so a new subscriber shows at once where it matters (a search, a small network); a
 * broad total may lag by up to 30 s. The rows themselves are always read fresh.
 */
@ApplicationScoped
public class SubscriberCounts {

    static final Duration TTL = Duration.ofSeconds(30);
    static final long BROAD = 10_000;
    private static final int MAX_FILTERS = 500;

    private record Counted(long total, Instant at) {
    }

    private final Map<SubscriberFilter, Counted> broad = new ConcurrentHashMap<>();

    /** The total for the filter, from {@code counter} unless a broad total younger than {@link #TTL} is known. */
    public long total(SubscriberFilter filter, ToLongFunction<SubscriberFilter> counter, Instant now) {
        Counted c = broad.get(filter);
        if (c != null && c.at().plus(TTL).isAfter(now)) {
            return c.total();
        }
        long total = counter.applyAsLong(filter);
        if (total >= BROAD) {
            if (broad.size() >= MAX_FILTERS) {
                broad.clear();
            }
            broad.put(filter, new Counted(total, now));
        } else {
            broad.remove(filter);
        }
        return total;
    }
}
