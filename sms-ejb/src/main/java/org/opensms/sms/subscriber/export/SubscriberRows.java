package org.opensms.sms.subscriber.export;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * The subscribers of a filter in the list's default order (customer ID), read lazily one page at a time by keyset
 * ({@code customerId > last}), so that a million rows pass through a few thousand objects: only the current page is
 * held, and the persistence context is cleared before each page is read. LCO codes are looked up once per page.
 */
public final class SubscriberRows implements Iterator<SubscriberExportRow> {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final SubscriberRepository repository;
    private final LcoLookup lcos;
    private final SubscriberFilter filter;
    private final int pageSize;
    private final Runnable clear;

    private Iterator<SubscriberExportRow> page = Collections.emptyIterator();
    private String last;
    private boolean exhausted;
    private long read;

    /**
     * @param clear empties the persistence context between pages (the entity manager's {@code clear}); a no-op
     *              where each query runs in a context of its own (a container-managed one outside a transaction)
     */
    public SubscriberRows(SubscriberRepository repository, LcoLookup lcos, SubscriberFilter filter, int pageSize,
                          Runnable clear) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.repository = repository;
        this.lcos = lcos;
        this.filter = filter;
        this.pageSize = pageSize;
        this.clear = clear;
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && !exhausted) {
            clear.run();
            List<Subscriber> subscribers = repository.listAfter(filter, last, pageSize);
            exhausted = subscribers.size() < pageSize;
            if (!subscribers.isEmpty()) {
                last = subscribers.get(subscribers.size() - 1).getCustomerId().value();
                Map<Long, String> codes = lcos.codesOf(subscribers.stream().map(Subscriber::getLcoId).toList());
                page = subscribers.stream().map(s -> SubscriberExportRow.of(s, codes.get(s.getLcoId()))).toList().iterator();
            }
        }
        return page.hasNext();
    }

    @Override
    public SubscriberExportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        read++;
        return page.next();
    }

    /** How many rows were handed out so far. */
    public long read() {
        return read;
    }
}
