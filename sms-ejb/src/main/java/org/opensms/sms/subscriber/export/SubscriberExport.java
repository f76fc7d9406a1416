package org.opensms.sms.subscriber.export;

import org.opensms.sms.shared.BusinessCalendar;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.opensms.sms.security.Roles;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * Exports the subscribers of a filter (the list's filters, in its default order, customer ID) to CSV, Excel (.xlsx)
 * or PDF, streamed: rows are read by keyset one page of {@value SubscriberRows#DEFAULT_PAGE_SIZE} at a time and
 * written as they come, so memory stays flat whatever the count. Two steps, so that a surface can refuse (bad
 * filter, role) before it sends a byte: {@link #prepare} checks and describes the file, {@link #write} writes it.
 * Roles MSO_ADMIN and MSO_OPERATOR.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class SubscriberExport {

    /** Exports show times in India (IST). */
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    @Inject
    SubscriberRepository repository;
    @Inject
    LcoLookup lcos;
    @Inject
    Clock clock;
    @PersistenceContext(unitName = "sms")
    EntityManager em;

    /** Empties the persistence context between pages, so that pages already written can be collected. */
    private Runnable clearBetweenPages;

    protected SubscriberExport() {
    }

    /** For use outside the container (tests, benchmarks): {@code clear} is the entity manager's. */
    public SubscriberExport(SubscriberRepository repository, LcoLookup lcos, Clock clock, Runnable clear) {
        this.repository = repository;
        this.lcos = lcos;
        this.clock = clock;
        this.clearBetweenPages = clear;
    }

    /** Describes the export of this filter in this format (file name dated now, IST) and counts what matches now. */
    public ExportFile prepare(SubscriberFilter filter, ExportFormat format) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(format, "format");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), BusinessCalendar.INDIA).withNano(0);
        String name = "subscribers-" + now.format(FILE_STAMP) + "." + format.extension();
        return new ExportFile(filter, format, ExportDescription.of(filter, now), name, repository.count(filter));
    }

    /**
     * Writes the export to the stream, which it does not close; returns the count of subscribers written. Runs outside
     * any transaction (a million rows take longer than a transaction may last; each page is read on its own).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long write(ExportFile file, OutputStream out) throws IOException {
        Runnable clear = clearBetweenPages != null ? clearBetweenPages : em::clear;
        SubscriberRows rows = new SubscriberRows(repository, lcos, file.filter(), SubscriberRows.DEFAULT_PAGE_SIZE, clear);
        return SubscriberExportWriter.of(file.format()).write(rows, file.description(), out);
    }
}
