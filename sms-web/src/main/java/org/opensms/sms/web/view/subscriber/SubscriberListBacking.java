package org.opensms.sms.web.view.subscriber;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberSearch;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberStatus;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.opensms.sms.subscriber.export.ExportFile;
import org.opensms.sms.subscriber.export.ExportFormat;
import org.opensms.sms.subscriber.export.SubscriberExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/** The subscriber list (/subscriber/list.xhtml): paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class SubscriberListBacking implements Serializable {

    @Inject
    SubscriberService subscribers;
    @Inject
    SubscriberExport exports;

    @Inject
    SubscriberCounts counts;

    private final LazyDataModel<Subscriber> model = new SubscriberLazyModel();
    /** The device filters, typed above the table (they are not columns). */
    private String stb;
    private String card;
    /** The single search box: when set, it alone narrows the list ({@link SubscriberService#search}). */
    private String q;
    private SubscriberSearch.Reading reading;
    /** The LCO codes of the page shown, by LCO id. */
    private Map<Long, String> lcoCodes = Map.of();

    public LazyDataModel<Subscriber> getModel() {
        return model;
    }

    /**
     * The subscribers of the table's current filters as a file (csv, xlsx or pdf), in customer ID order, streamed to
     * the browser as it is read (p:fileDownload on the list page).
     */
    public StreamedContent export(String format) {
        SubscriberFilter shown = ((SubscriberLazyModel) model).countedFilter;
        ExportFile file = exports.prepare(shown == null ? SubscriberFilter.ALL : shown, ExportFormat.ofExtension(format));
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType()).writer(out -> {
            try {
                exports.write(file, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).build();
    }

    public List<IndianState> getStates() {
        return List.of(IndianState.values());
    }

    public List<SubscriberStatus> getStatuses() {
        return List.of(SubscriberStatus.values());
    }

    /** The code of the subscriber's LCO, or "" (read with the page, in one query). */
    public String lcoCode(Subscriber s) {
        String code = s.getLcoId() == null ? null : lcoCodes.get(s.getLcoId());
        return code == null ? "" : code;
    }

    public String getQ() { return q; }
    public void setQ(String v) {
        if (!java.util.Objects.equals(v, q)) {
            reading = null;
        }
        q = v;
    }

    /** What the search box's text was read as ("mobile", "STB serial" ...), or "" when the box is empty. */
    public String getSearchedBy() {
        return reading == null || q == null || q.isBlank() ? "" : "searched by " + reading.by().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ').replace("stb", "STB serial").replace("card", "card number");
    }

    public String getStb() { return stb; }
    public void setStb(String v) { stb = v; }
    public String getCard() { return card; }
    public void setCard(String v) { card = v; }

    private SubscriberFilter filter(Map<String, FilterMeta> filterBy) {
        if (q != null && !q.isBlank()) {
            if (reading == null) {
                reading = subscribers.search(q);
            }
            return reading.filter();
        }
        InputCheck check = new InputCheck();
        SubscriberFilter f = SubscriberFilter.parse(check, text(filterBy, "customerId"), text(filterBy, "name"),
                text(filterBy, "mobile"), text(filterBy, "city"), text(filterBy, "state"), text(filterBy, "status"),
                text(filterBy, "lco"), text(filterBy, "area"), stb, card);
        check.throwIfInvalid();
        return f;
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object v = meta == null ? null : meta.getFilterValue();
        return v == null ? null : v.toString();
    }

    /**
     * Pages and sorts in the database. Broad totals come from {@link SubscriberCounts} (counted at most every 30 s
     * for all users), so paging or opening the list does not count a million rows each time.
     */
    private class SubscriberLazyModel extends LazyDataModel<Subscriber> {

        private SubscriberFilter countedFilter;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                SubscriberFilter f = filter(filterBy);
                long total = counts.total(f, subscribers::count, Instant.now());
                countedFilter = f;
                return (int) Math.min(Integer.MAX_VALUE, total);
            } catch (BusinessException e) {
                FacesMessages.show(e, "subscribers", f -> null);
                return 0;
            }
        }

        @Override
        public List<Subscriber> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
            try {
                List<Subscriber> page = subscribers.list(filter(filterBy), new PageRequest(first, pageSize,
                        sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING));
                lcoCodes = subscribers.lcoCodesOf(page);
                return page;
            } catch (BusinessException e) {
                FacesMessages.show(e, "subscribers", f -> null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(Subscriber s) {
            return s.getCustomerId().value();
        }

        @Override
        public Subscriber getRowData(String rowKey) {
            return subscribers.findByCustomerId(rowKey).orElse(null);
        }
    }
}
